package com.piquetickets.query.user;

import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.user.FindUserByEmailQuery;
import com.piquetickets.domain.user.FindUserQuery;
import com.piquetickets.domain.user.FindUsersQuery;
import com.piquetickets.domain.user.UserView;
import com.piquetickets.query.Pages;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Answers the user queries from {@code app_user}, {@code user_profile} and {@code user_producer_association}. */
@Component
class UserQueryHandler {

    private final UserRepository users;
    private final UserProfileRepository profiles;
    private final UserProducerAssociationRepository associations;

    UserQueryHandler(UserRepository users, UserProfileRepository profiles, UserProducerAssociationRepository associations) {
        this.users = users;
        this.profiles = profiles;
        this.associations = associations;
    }

    @QueryHandler
    Optional<UserView> handle(FindUserQuery query) {
        if (query.userId() == null) {
            return Optional.empty();
        }
        return users.findById(query.userId().value()).map(user -> views(List.of(user)).getFirst());
    }

    @QueryHandler
    Optional<UserView> handle(FindUserByEmailQuery query) {
        if (query.email() == null || query.email().isBlank()) {
            return Optional.empty();
        }
        return users.findByEmail(query.email().trim().toLowerCase(Locale.ROOT)).map(user -> views(List.of(user)).getFirst());
    }

    /** Raw {@link PageResult}: see {@code ProducerQueryHandler} (AxonFramework#1537). */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindUsersQuery query) {
        Page<UserEntity> page = users.findAll(Pages.pageable(query.page(), Sort.by("email", "id")));
        List<UserView> views = views(page.getContent());
        return new PageResult<>(views, page.getTotalElements(), page.getNumber(), page.getSize());
    }

    /** The views of these users, in their order, with profiles and memberships read in two queries. */
    private List<UserView> views(List<UserEntity> rows) {
        Set<UUID> ids = rows.stream().map(UserEntity::id).collect(Collectors.toSet());
        Map<UUID, Boolean> canPublish = ids.isEmpty() ? Map.of() : profiles.findByUserIdIn(ids).stream()
                .collect(Collectors.toMap(UserProfileEntity::userId, UserProfileEntity::canPublishShows));
        Map<UUID, List<UUID>> producers = ids.isEmpty() ? Map.of() : memberships(ids);
        return rows.stream().map(u -> new UserView(u.id(), u.username(), u.email(), u.firstName(), u.lastName(),
                u.active(), u.staff(), u.superuser(), u.roleSet(), canPublish.getOrDefault(u.id(), false),
                producers.getOrDefault(u.id(), List.of()), u.createdAt(), u.updatedAt())).toList();
    }

    private Map<UUID, List<UUID>> memberships(Collection<UUID> userIds) {
        return associations.findByUserIdInOrderByProducerId(userIds).stream()
                .collect(Collectors.groupingBy(UserProducerAssociationEntity::userId,
                        Collectors.mapping(UserProducerAssociationEntity::producerId, Collectors.toList())));
    }
}
