package com.piquetickets.command.user;

import static com.piquetickets.command.common.Inputs.MAX_NAME_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;

import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.user.AssociateUserWithProducerCommand;
import com.piquetickets.domain.user.ChangePasswordCommand;
import com.piquetickets.domain.user.ChangePublishPermissionCommand;
import com.piquetickets.domain.user.ChangeUserRolesCommand;
import com.piquetickets.domain.user.DeactivateUserCommand;
import com.piquetickets.domain.user.DissociateUserFromProducerCommand;
import com.piquetickets.domain.user.PublishPermissionChangedEvent;
import com.piquetickets.domain.user.ReactivateUserCommand;
import com.piquetickets.domain.user.RegisterUserCommand;
import com.piquetickets.domain.user.Role;
import com.piquetickets.domain.user.UserAssociatedWithProducerEvent;
import com.piquetickets.domain.user.UserDeactivatedEvent;
import com.piquetickets.domain.user.UserDissociatedFromProducerEvent;
import com.piquetickets.domain.user.UserPasswordChangedEvent;
import com.piquetickets.domain.user.UserReactivatedEvent;
import com.piquetickets.domain.user.UserRegisteredEvent;
import com.piquetickets.domain.user.UserRolesChangedEvent;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An account: platform roles, the permission to publish shows, memberships of producers, and whether it may sign in.
 * Its password hash lives in {@link UserCredentials}, written by these handlers in the command's transaction, never in
 * an event.
 */
@Aggregate
class User {

    @AggregateIdentifier
    private UserId userId;
    private Set<Role> roles;
    private boolean canPublishShows;
    private final Set<ProducerId> producers = new HashSet<>();
    private boolean active;

    User() {
        // for Axon
    }

    @CommandHandler
    User(RegisterUserCommand command, UserCredentials credentials, PasswordHasher hasher) {
        if (command.userId() == null) {
            throw new InvalidInputException("userId", "is required");
        }
        String email = Passwords.email(command.email());
        String firstName = Inputs.optional("firstName", command.firstName(), MAX_NAME_LENGTH);
        String lastName = Inputs.optional("lastName", command.lastName(), MAX_NAME_LENGTH);
        String password = Passwords.acceptable(command.password());
        credentials.claim(command.userId().value(), email, hasher.hash(password));
        credentials.setSuperuser(command.userId().value(), command.roles() != null && command.roles().contains(Role.SUPERUSER));
        apply(new UserRegisteredEvent(command.userId(), email, email, firstName, lastName, command.roles()));
    }

    @CommandHandler
    void handle(ChangePasswordCommand command, UserCredentials credentials, PasswordHasher hasher) {
        String password = Passwords.acceptable(command.password());
        credentials.changePasswordHash(userId.value(), hasher.hash(password));
        apply(new UserPasswordChangedEvent(userId));
    }

    @CommandHandler
    void handle(ChangeUserRolesCommand command, UserCredentials credentials) {
        if (command.roles().equals(roles)) {
            return;
        }
        boolean superuser = command.roles().contains(Role.SUPERUSER);
        if (!superuser) {
            requireNotLastActiveSuperuser(credentials, "lose the SUPERUSER role");
        }
        credentials.setSuperuser(userId.value(), superuser);
        apply(new UserRolesChangedEvent(userId, command.roles()));
    }

    @CommandHandler
    void handle(ChangePublishPermissionCommand command) {
        if (command.canPublishShows() != canPublishShows) {
            apply(new PublishPermissionChangedEvent(userId, command.canPublishShows()));
        }
    }

    @CommandHandler
    void handle(AssociateUserWithProducerCommand command, CatalogueRegistry registry) {
        ProducerId producerId = requireProducerId(command.producerId());
        if (producers.contains(producerId)) {
            return;
        }
        if (!registry.exists(CatalogueKind.PRODUCER, producerId.value())) {
            throw new NotFoundException("producer", producerId, "producerId");
        }
        apply(new UserAssociatedWithProducerEvent(userId, producerId));
    }

    @CommandHandler
    void handle(DissociateUserFromProducerCommand command) {
        ProducerId producerId = requireProducerId(command.producerId());
        if (producers.contains(producerId)) {
            apply(new UserDissociatedFromProducerEvent(userId, producerId));
        }
    }

    @CommandHandler
    void handle(DeactivateUserCommand command, UserCredentials credentials) {
        if (active) {
            requireNotLastActiveSuperuser(credentials, "be deactivated");
            credentials.setActive(userId.value(), false);
            apply(new UserDeactivatedEvent(userId));
        }
    }

    @CommandHandler
    void handle(ReactivateUserCommand command, UserCredentials credentials) {
        if (!active) {
            credentials.setActive(userId.value(), true);
            apply(new UserReactivatedEvent(userId));
        }
    }

    @EventSourcingHandler
    void on(UserRegisteredEvent event) {
        userId = event.userId();
        roles = event.roles();
        canPublishShows = false;
        active = true;
    }

    @EventSourcingHandler
    void on(UserRolesChangedEvent event) {
        roles = event.roles();
    }

    @EventSourcingHandler
    void on(PublishPermissionChangedEvent event) {
        canPublishShows = event.canPublishShows();
    }

    @EventSourcingHandler
    void on(UserAssociatedWithProducerEvent event) {
        producers.add(event.producerId());
    }

    @EventSourcingHandler
    void on(UserDissociatedFromProducerEvent event) {
        producers.remove(event.producerId());
    }

    @EventSourcingHandler
    void on(UserDeactivatedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(UserReactivatedEvent event) {
        active = true;
    }

    /** There is always someone left who can manage superusers. */
    private void requireNotLastActiveSuperuser(UserCredentials credentials, String change) {
        boolean superuser = roles != null && roles.contains(Role.SUPERUSER);
        if (active && superuser && credentials.lockActiveSuperusersOtherThan(userId.value()) == 0) {
            throw new RuleViolationException("last-superuser",
                    "user " + userId + " is the last active superuser and cannot " + change + "; make another superuser first");
        }
    }

    private static ProducerId requireProducerId(ProducerId producerId) {
        if (producerId == null) {
            throw new InvalidInputException("producerId", "is required");
        }
        return producerId;
    }
}
