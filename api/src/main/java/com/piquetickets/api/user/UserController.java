package com.piquetickets.api.user;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.Access;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.security.CurrentUser;
import com.piquetickets.api.security.ForbiddenException;
import com.piquetickets.api.security.NotAuthenticatedException;
import com.piquetickets.api.web.PageResponse;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerView;
import com.piquetickets.domain.user.AssociateUserWithProducerCommand;
import com.piquetickets.domain.user.AuthenticateUserCommand;
import com.piquetickets.domain.user.ChangePasswordCommand;
import com.piquetickets.domain.user.ChangePublishPermissionCommand;
import com.piquetickets.domain.user.ChangeUserRolesCommand;
import com.piquetickets.domain.user.DeactivateUserCommand;
import com.piquetickets.domain.user.DissociateUserFromProducerCommand;
import com.piquetickets.domain.user.FindUserQuery;
import com.piquetickets.domain.user.FindUsersQuery;
import com.piquetickets.domain.user.Password;
import com.piquetickets.domain.user.ReactivateUserCommand;
import com.piquetickets.domain.user.RegisterUserCommand;
import com.piquetickets.domain.user.Role;
import com.piquetickets.domain.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts, roles and the publish permission (staff), and producer memberships outside invitations. Only a superuser
 * grants or takes away the superuser role, and nobody changes their own roles (no self-promotion, no lock-out).
 */
@RestController
@Tag(name = "Users")
class UserController {

    private static final String KIND = "user";

    private final Commands commands;
    private final Queries queries;
    private final Access access;

    UserController(Commands commands, Queries queries, Access access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping("/api/users")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Create an account (support, analyst or staff colleagues; producers join by invitation)")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request) {
        Set<Role> roles = request.roles() == null ? Set.of() : request.roles();
        requireMayGrant(Set.of(), roles);
        UserId id = new UserId(UUID.randomUUID());
        commands.send(new RegisterUserCommand(id, request.email(), request.firstName(), request.lastName(),
                new Password(request.password()), roles));
        return ResponseEntity.created(URI.create("/api/users/" + id)).body(get(id.value()));
    }

    @GetMapping("/api/users")
    @Allow(AccessRule.STAFF)
    PageResponse<UserView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(queries.page(new FindUsersQuery(new PageRequest(page, size)), UserView.class));
    }

    @GetMapping("/api/users/{id}")
    @Allow(AccessRule.SELF)
    UserView get(@PathVariable UUID id) {
        return queries.one(new FindUserQuery(new UserId(id)), UserView.class, KIND, id);
    }

    @PutMapping("/api/users/{id}/profile")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Whether the user may publish their producers' shows")
    UserView setProfile(@PathVariable UUID id, @Valid @RequestBody Profile request) {
        requireMayChange(get(id));
        commands.send(new ChangePublishPermissionCommand(new UserId(id), request.canPublishShows()));
        return get(id);
    }

    @PutMapping("/api/users/{id}/roles")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Replace the user's roles (STAFF, SUPERUSER, SUPPORT, ANALYST)")
    UserView setRoles(@PathVariable UUID id, @Valid @RequestBody Roles request) {
        UserView user = requireMayChange(get(id));
        if (access.requireUser().id().value().equals(id)) {
            throw new ForbiddenException("you cannot change your own roles; ask another administrator");
        }
        requireMayGrant(user.roles(), request.roles());
        commands.send(new ChangeUserRolesCommand(new UserId(id), request.roles()));
        return get(id);
    }

    @PutMapping("/api/users/{id}/password")
    @Allow(AccessRule.SELF)
    @Operation(summary = "Change your password (the current one is required)")
    ResponseEntity<Void> changePassword(@PathVariable UUID id, @Valid @RequestBody PasswordChange request) {
        UserView user = requireMayChange(get(id));
        UserId verified = commands.send(new AuthenticateUserCommand(user.email(), new Password(request.currentPassword())));
        if (!Objects.equals(verified, new UserId(id))) {
            throw new NotAuthenticatedException("invalid-credentials", "the current password is wrong");
        }
        commands.send(new ChangePasswordCommand(new UserId(id), new Password(request.newPassword())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/users/{id}/deactivate")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Deactivate an account: its tokens stop working at once")
    UserView deactivate(@PathVariable UUID id) {
        requireMayChange(get(id));
        if (access.requireUser().id().value().equals(id)) {
            throw new ForbiddenException("you cannot deactivate your own account");
        }
        commands.send(new DeactivateUserCommand(new UserId(id)));
        return get(id);
    }

    @PostMapping("/api/users/{id}/reactivate")
    @Allow(AccessRule.STAFF)
    UserView reactivate(@PathVariable UUID id) {
        requireMayChange(get(id));
        commands.send(new ReactivateUserCommand(new UserId(id)));
        return get(id);
    }

    @PutMapping("/api/producers/{producerId}/members/{userId}")
    @Allow(value = AccessRule.STAFF, pathVariable = "producerId")
    @Operation(summary = "Make a user a member of a producer")
    UserView addMember(@PathVariable UUID producerId, @PathVariable UUID userId) {
        requireMayChange(get(userId));
        producer(producerId);
        commands.send(new AssociateUserWithProducerCommand(new UserId(userId), new ProducerId(producerId)));
        return get(userId);
    }

    @DeleteMapping("/api/producers/{producerId}/members/{userId}")
    @Allow(value = AccessRule.STAFF, pathVariable = "producerId")
    @Operation(summary = "Remove a user from a producer")
    ResponseEntity<Void> removeMember(@PathVariable UUID producerId, @PathVariable UUID userId) {
        requireMayChange(get(userId));
        producer(producerId);
        commands.send(new DissociateUserFromProducerCommand(new UserId(userId), new ProducerId(producerId)));
        return ResponseEntity.noContent().build();
    }

    /** Only a superuser changes a superuser's account: staff cannot lock out the people above them. */
    private UserView requireMayChange(UserView target) {
        if (target.roles().contains(Role.SUPERUSER) && !access.requireUser().isSuperuser()) {
            throw new ForbiddenException("only a superuser may change a superuser's account");
        }
        return target;
    }

    private void producer(UUID producerId) {
        queries.one(new FindProducerQuery(producerId.toString()), ProducerView.class, "producer", producerId);
    }

    private void requireMayGrant(Set<Role> before, Set<Role> after) {
        CurrentUser actor = access.requireUser();
        boolean touchesSuperuser = before.contains(Role.SUPERUSER) != after.contains(Role.SUPERUSER);
        if (touchesSuperuser && !actor.isSuperuser()) {
            throw new ForbiddenException("only a superuser grants or removes the SUPERUSER role");
        }
    }

    record NewUser(@NotBlank @Size(max = 254) String email, @Size(max = 150) String firstName,
                   @Size(max = 150) String lastName, @NotBlank @Size(max = 128) String password,
                   @Size(max = 4) Set<@NotNull Role> roles) {

        @Override
        public String toString() {
            return "NewUser[email=" + email + ", roles=" + roles + "]";
        }
    }

    record Profile(@NotNull Boolean canPublishShows) {
    }

    record Roles(@NotNull @Size(max = 4) Set<@NotNull Role> roles) {
    }

    record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[redacted]";
        }
    }
}
