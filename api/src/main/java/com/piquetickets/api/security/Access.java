package com.piquetickets.api.security;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.ProducerView;
import com.piquetickets.domain.show.FindShowQuery;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.ShowVisibility;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Decides the {@link AccessRule}s: who the caller is, and whether they may act on a producer, a show or an order.
 * Ownership is looked up in the read model (a show's producer, an order's show), never trusted from the request.
 */
@Component
public class Access {

    private static final String SIGN_IN = "sign in first: send 'Authorization: Bearer <access token>' "
            + "(get one from POST /api/auth/token)";
    private static final String DOOR_TOKEN_ONLY = "a door device token works only on the check-in routes "
            + "(/api/check-in/...); sign in as a user for anything else";
    private static final String NEEDS_DOOR_TOKEN = "send 'Authorization: Bearer <door token>': a producer opens a "
            + "check-in session for the device (POST /api/shows/{showId}/check-in-sessions) and gives it the token";

    private final Queries queries;

    Access(Queries queries) {
        this.queries = queries;
    }

    /** The signed-in user, if any. */
    public Optional<CurrentUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The door device of the request, if it was authenticated by a door token. */
    public Optional<DoorDevice> currentDevice() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof DoorDevice device
                ? Optional.of(device) : Optional.empty();
    }

    /** The signed-in user, or a 401 (a 403 for a door device: its token never stands for a user). */
    public CurrentUser requireUser() {
        if (currentDevice().isPresent()) {
            throw new ForbiddenException("door-token-not-allowed", DOOR_TOKEN_ONLY);
        }
        return currentUser().orElseThrow(() -> new NotAuthenticatedException("unauthenticated", SIGN_IN));
    }

    /** The door device of the request, or a 401 (a 403 for a user: a user's token never stands for a device). */
    public DoorDevice requireDevice() {
        Optional<DoorDevice> device = currentDevice();
        if (device.isPresent()) {
            return device.get();
        }
        if (currentUser().isPresent()) {
            throw new ForbiddenException("door-token-required", "this route is for door devices only: " + NEEDS_DOOR_TOKEN);
        }
        throw new NotAuthenticatedException("unauthenticated", NEEDS_DOOR_TOKEN);
    }

    /** Checks a rule for the thing named by {@code id} (a path variable; null when the rule names nothing). */
    void check(AccessRule rule, String id, String showFilter) {
        if (rule == AccessRule.PUBLIC) {
            return;
        }
        if (rule == AccessRule.DOOR) {
            requireDevice();
            return;
        }
        CurrentUser user = requireUser();
        if (user.isStaff()) {
            requireExists(rule, id);
            return;
        }
        switch (rule) {
            case PUBLIC, SIGNED_IN, DOOR -> { }
            case STAFF -> deny("this needs a staff account");
            case ANALYST -> require(user.isAnalyst(), "this needs the analyst role");
            case SELF -> require(user.id().value().equals(uuid(id)), "you may only see and change your own account");
            case PRODUCER_MEMBER -> requireMember(user, uuid(id));
            case SHOW_MANAGER -> requireMember(user, producerOfShow(uuid(id)));
            case SHOW_PUBLISHER -> {
                requireMember(user, producerOfShow(uuid(id)));
                require(user.canPublishShows(), "publishing shows needs the can-publish-shows permission (ask staff)");
            }
            case SHOW_AUDIENCE -> {
                if (!user.isSupport()) {
                    requireMember(user, producerOfShow(uuid(id)));
                }
            }
            case ORDER_MANAGER -> requireMember(user, producerOfOrder(uuid(id)));
            case ORDER_SUPPORT -> {
                if (!user.isSupport()) {
                    requireMember(user, producerOfOrder(uuid(id)));
                }
            }
            case ORDER_SEARCH -> {
                if (!user.isSupport()) {
                    require(showFilter != null && !showFilter.isBlank(),
                            "producers search the orders of one of their shows: add ?show=<show id>");
                    requireMember(user, producerOfShow(uuid("show", showFilter)));
                }
            }
        }
    }

    /** Staff may act on anything, but not on what does not exist: the answer is the 404 anyone else would get. */
    private void requireExists(AccessRule rule, String id) {
        switch (rule) {
            case PRODUCER_MEMBER -> queries.optional(new FindProducerQuery(uuid(id).toString()), ProducerView.class)
                    .orElseThrow(() -> new NotFoundException("producer", id));
            case SHOW_MANAGER, SHOW_PUBLISHER, SHOW_AUDIENCE -> producerOfShow(uuid(id));
            default -> { } // an order just placed may not be in the read model yet; its command answers 404 itself
        }
    }

    /** For rules that depend on the body (a new show names its producer there). */
    public void requireProducerMember(UUID producerId) {
        CurrentUser user = requireUser();
        if (!user.isStaff()) {
            requireMember(user, producerId);
        }
    }

    private static void requireMember(CurrentUser user, UUID producerId) {
        require(user.isMemberOf(producerId), "you are not a member of the producer this belongs to");
    }

    private UUID producerOfShow(UUID showId) {
        return queries.optional(new FindShowQuery(showId.toString(), ShowVisibility.MANAGEMENT), ShowView.class)
                .map(ShowView::producerId)
                .orElseThrow(() -> new NotFoundException("show", showId));
    }

    private UUID producerOfOrder(UUID orderId) {
        OrderView order = queries.optional(new FindOrderQuery(new OrderId(orderId)), OrderView.class)
                .orElseThrow(() -> new NotFoundException("order", orderId));
        return producerOfShow(order.showId());
    }

    private static void require(boolean allowed, String why) {
        if (!allowed) {
            deny(why);
        }
    }

    private static void deny(String why) {
        throw new ForbiddenException(why);
    }

    private static UUID uuid(String value) {
        return uuid("id", value);
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "must be a UUID");
        }
    }
}
