package com.piquetickets.api.onboarding;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.Access;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.security.CurrentUser;
import com.piquetickets.api.security.NotAuthenticatedException;
import com.piquetickets.api.security.Tokens;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.onboarding.AcceptInvitationCommand;
import com.piquetickets.domain.onboarding.FindInvitationByTokenHashQuery;
import com.piquetickets.domain.onboarding.FindProducerInvitationsQuery;
import com.piquetickets.domain.onboarding.InvitationView;
import com.piquetickets.domain.onboarding.InviteProducerMemberCommand;
import com.piquetickets.domain.onboarding.OnboardingSessionId;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerView;
import com.piquetickets.domain.user.AssociateUserWithProducerCommand;
import com.piquetickets.domain.user.AuthenticateUserCommand;
import com.piquetickets.domain.user.FindUserByEmailQuery;
import com.piquetickets.domain.user.Password;
import com.piquetickets.domain.user.RegisterUserCommand;
import com.piquetickets.domain.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Producer onboarding: staff invite an email to a producer; the link's single-use token lets the invitee register (or
 * sign in, when the email has an account) and join the producer. Only the token's hash is stored.
 */
@RestController
@Tag(name = "Onboarding")
class InvitationController {

    private final Commands commands;
    private final Queries queries;
    private final Tokens tokens;
    private final Access access;
    private final Clock clock;
    private final Duration invitationTtl;

    InvitationController(Commands commands, Queries queries, Tokens tokens, Access access, Clock clock,
                         @Value("${pique.onboarding.invitation-ttl}") Duration invitationTtl) {
        this.commands = commands;
        this.queries = queries;
        this.tokens = tokens;
        this.access = access;
        this.clock = clock;
        this.invitationTtl = invitationTtl;
    }

    @PostMapping("/api/producers/{id}/invitations")
    @Allow(AccessRule.STAFF)
    @Operation(summary = "Invite an email to join a producer: the single-use token is shown once, here")
    ResponseEntity<NewInvitation> invite(@PathVariable UUID id, @Valid @RequestBody Invite request) {
        queries.one(new FindProducerQuery(id.toString()), ProducerView.class, "producer", id);
        String token = Tokens.randomToken();
        OnboardingSessionId session = new OnboardingSessionId(UUID.randomUUID());
        Instant expiresAt = clock.instant().plus(invitationTtl);
        commands.send(new InviteProducerMemberCommand(session, new ProducerId(id), request.email(), Tokens.sha256(token),
                expiresAt));
        InvitationView invitation = byToken(token);
        return ResponseEntity.created(URI.create("/api/invitations/" + token))
                .body(new NewInvitation(invitation.id(), id, invitation.email(), token, expiresAt));
    }

    @GetMapping("/api/producers/{id}/invitations")
    @Allow(AccessRule.PRODUCER_MEMBER)
    @Operation(summary = "A producer's invitations, newest first (tokens are never shown again)")
    List<InvitationView> list(@PathVariable UUID id) {
        return queries.list(new FindProducerInvitationsQuery(new ProducerId(id)), InvitationView.class);
    }

    @GetMapping("/api/invitations/{token}")
    @Allow(AccessRule.PUBLIC)
    @Operation(summary = "What an invitation is for, so the invitee's page can say whom they are joining")
    InvitationDetails details(@PathVariable String token) {
        InvitationView invitation = byToken(token);
        String producerName = queries.optional(new FindProducerQuery(invitation.producerId().toString()), ProducerView.class)
                .map(ProducerView::name).orElse(null);
        return new InvitationDetails(invitation.producerId(), producerName, invitation.email(), invitation.expiresAt(),
                invitation.isUsed(), !clock.instant().isBefore(invitation.expiresAt()));
    }

    @PostMapping("/api/invitations/{token}/accept")
    @Allow(AccessRule.PUBLIC)
    @Operation(summary = "Accept: registers the invitee (or signs in an existing account) and joins the producer; "
            + "answers with a token pair")
    ResponseEntity<Accepted> accept(@PathVariable String token, @Valid @RequestBody Acceptance request) {
        InvitationView invitation = byToken(token);
        // Refuse early, before any account is made for an invitation that cannot be used (the aggregate decides again).
        if (invitation.isUsed()) {
            throw new RuleViolationException("invitation-used", "this invitation has been used already");
        }
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            throw new RuleViolationException("invitation-expired", "this invitation has expired; ask for a new one");
        }
        UserId user = invitee(invitation, request);
        commands.send(new AcceptInvitationCommand(new OnboardingSessionId(invitation.id()), user, invitation.email()));
        commands.send(new AssociateUserWithProducerCommand(user, new ProducerId(invitation.producerId())));
        Tokens.TokenPair pair = tokens.issue(user);
        return ResponseEntity.created(URI.create("/api/users/" + user))
                .body(new Accepted(user.value(), invitation.producerId(), pair.accessToken(), pair.refreshToken(),
                        pair.expiresIn()));
    }

    /** The account that joins: the signed-in owner of the email, an existing account proven by its password, or a new one. */
    private UserId invitee(InvitationView invitation, Acceptance request) {
        Optional<CurrentUser> signedIn = access.currentUser();
        if (signedIn.isPresent() && signedIn.get().email().equalsIgnoreCase(invitation.email())) {
            return signedIn.get().id();
        }
        Optional<UserView> existing = queries.optional(new FindUserByEmailQuery(invitation.email()), UserView.class);
        if (existing.isPresent()) {
            UserId verified = commands.send(new AuthenticateUserCommand(invitation.email(), new Password(request.password())));
            if (!Objects.equals(verified, new UserId(existing.get().id()))) {
                throw new NotAuthenticatedException("invalid-credentials",
                        invitation.email() + " has an account: give its password to accept");
            }
            return verified;
        }
        UserId created = new UserId(UUID.randomUUID());
        commands.send(new RegisterUserCommand(created, invitation.email(), request.firstName(), request.lastName(),
                new Password(request.password()), Set.of()));
        return created;
    }

    private InvitationView byToken(String token) {
        return queries.optional(new FindInvitationByTokenHashQuery(Tokens.sha256(token)), InvitationView.class)
                .orElseThrow(() -> new NotFoundException("invitation", "(the given token)"));
    }

    record Invite(@NotBlank @Size(max = 254) String email) {
    }

    record NewInvitation(UUID id, UUID producerId, String email, String token, Instant expiresAt) {
    }

    record InvitationDetails(UUID producerId, String producerName, String email, Instant expiresAt, boolean isUsed,
                             boolean isExpired) {
    }

    record Acceptance(@Size(max = 150) String firstName, @Size(max = 150) String lastName,
                      @NotBlank @Size(max = 128) String password) {

        @Override
        public String toString() {
            return "Acceptance[firstName=" + firstName + ", lastName=" + lastName + "]";
        }
    }

    record Accepted(UUID userId, UUID producerId, String accessToken, String refreshToken, long expiresIn) {
    }
}
