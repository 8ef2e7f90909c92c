package com.piquetickets.query.user;

import com.piquetickets.domain.user.PublishPermissionChangedEvent;
import com.piquetickets.domain.user.UserAssociatedWithProducerEvent;
import com.piquetickets.domain.user.UserDeactivatedEvent;
import com.piquetickets.domain.user.UserDissociatedFromProducerEvent;
import com.piquetickets.domain.user.UserPasswordChangedEvent;
import com.piquetickets.domain.user.UserReactivatedEvent;
import com.piquetickets.domain.user.UserRegisteredEvent;
import com.piquetickets.domain.user.UserRolesChangedEvent;
import com.piquetickets.query.ProcessingGroups;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code app_user}, {@code user_profile} and {@code user_producer_association} from the user events. Every
 * handler can be applied again with the same result.
 */
@Component
@ProcessingGroup(ProcessingGroups.USERS)
class UserProjection {

    private static final Logger log = LoggerFactory.getLogger(UserProjection.class);

    private final UserRepository users;
    private final UserProfileRepository profiles;
    private final UserProducerAssociationRepository associations;

    UserProjection(UserRepository users, UserProfileRepository profiles, UserProducerAssociationRepository associations) {
        this.users = users;
        this.profiles = profiles;
        this.associations = associations;
    }

    @EventHandler
    void on(UserRegisteredEvent event, @Timestamp Instant at) {
        UUID id = event.userId().value();
        UserEntity user = users.findById(id).orElseGet(() -> new UserEntity(id));
        user.registered(event.username(), event.email(), event.firstName(), event.lastName(), event.roles(), at);
        users.saveAndFlush(user);
        UserProfileEntity profile = profiles.findById(id).orElseGet(() -> new UserProfileEntity(id));
        profile.created(at);
        profiles.save(profile);
    }

    @EventHandler
    void on(UserRolesChangedEvent event, @Timestamp Instant at) {
        update(event.userId().value(), user -> user.roles(event.roles(), at));
    }

    @EventHandler
    void on(UserPasswordChangedEvent event, @Timestamp Instant at) {
        update(event.userId().value(), user -> user.touched(at));
    }

    @EventHandler
    void on(UserDeactivatedEvent event, @Timestamp Instant at) {
        update(event.userId().value(), user -> user.active(false, at));
    }

    @EventHandler
    void on(UserReactivatedEvent event, @Timestamp Instant at) {
        update(event.userId().value(), user -> user.active(true, at));
    }

    @EventHandler
    void on(PublishPermissionChangedEvent event, @Timestamp Instant at) {
        UUID id = event.userId().value();
        profiles.findById(id).ifPresentOrElse(profile -> {
            profile.canPublishShows(event.canPublishShows(), at);
            profiles.save(profile);
        }, () -> log.warn("profile of user {} is not in the read model; event skipped", id));
    }

    @EventHandler
    void on(UserAssociatedWithProducerEvent event, @Timestamp Instant at) {
        UUID userId = event.userId().value();
        UUID producerId = event.producerId().value();
        if (!users.existsById(userId)) {
            log.warn("user {} is not in the read model; association with producer {} skipped", userId, producerId);
            return;
        }
        if (!associations.existsById(UserProducerAssociationEntity.idOf(userId, producerId))) {
            associations.save(new UserProducerAssociationEntity(userId, producerId, at));
        }
    }

    @EventHandler
    void on(UserDissociatedFromProducerEvent event) {
        UUID id = UserProducerAssociationEntity.idOf(event.userId().value(), event.producerId().value());
        associations.findById(id).ifPresent(associations::delete);
    }

    @ResetHandler
    void reset() {
        associations.deleteAllInBatch();
        profiles.deleteAllInBatch();
        users.deleteAllInBatch();
    }

    private void update(UUID id, Consumer<UserEntity> change) {
        users.findById(id).ifPresentOrElse(user -> {
            change.accept(user);
            users.save(user);
        }, () -> log.warn("user {} is not in the read model; event skipped", id));
    }
}
