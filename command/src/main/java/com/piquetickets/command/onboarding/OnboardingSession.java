package com.piquetickets.command.onboarding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.onboarding.AcceptInvitationCommand;
import com.piquetickets.domain.onboarding.InvitationAcceptedEvent;
import com.piquetickets.domain.onboarding.InviteProducerMemberCommand;
import com.piquetickets.domain.onboarding.OnboardingSessionId;
import com.piquetickets.domain.onboarding.ProducerMemberInvitedEvent;
import com.piquetickets.domain.producer.ProducerId;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An invitation of one email to become a member of one producer: usable once, until it expires, and only by someone
 * signed in with the invited email. Only the SHA-256 of its token is known here.
 */
@Aggregate
class OnboardingSession {

    /** A hex SHA-256: 64 lower-case hex digits. */
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private OnboardingSessionId sessionId;
    private ProducerId producerId;
    private String email;
    private Instant expiresAt;
    private boolean used;

    OnboardingSession() {
        // for Axon
    }

    @CommandHandler
    OnboardingSession(InviteProducerMemberCommand command, CatalogueRegistry registry, Clock clock) {
        if (command.sessionId() == null) {
            throw new InvalidInputException("sessionId", "is required");
        }
        if (command.producerId() == null) {
            throw new InvalidInputException("producerId", "is required");
        }
        if (!registry.isActive(CatalogueKind.PRODUCER, command.producerId().value())) {
            throw new NotFoundException("producer", command.producerId(), "producerId");
        }
        String email = Inputs.email("email", command.email()).toLowerCase(Locale.ROOT);
        String tokenHash = command.tokenHash() == null ? "" : command.tokenHash().toLowerCase(Locale.ROOT);
        if (!SHA_256_HEX.matcher(tokenHash).matches()) {
            throw new InvalidInputException("tokenHash", "must be a hex SHA-256 of the token");
        }
        if (command.expiresAt() == null) {
            throw new InvalidInputException("expiresAt", "is required");
        }
        if (!command.expiresAt().isAfter(clock.instant())) {
            throw new InvalidInputException("expiresAt", "must be in the future");
        }
        apply(new ProducerMemberInvitedEvent(command.sessionId(), command.producerId(), email, tokenHash, command.expiresAt()));
    }

    @CommandHandler
    void handle(AcceptInvitationCommand command, Clock clock) {
        if (command.userId() == null) {
            throw new InvalidInputException("userId", "is required");
        }
        if (used) {
            throw new RuleViolationException("invitation-used", "this invitation has already been used");
        }
        if (!clock.instant().isBefore(expiresAt)) {
            throw new RuleViolationException("invitation-expired", "this invitation expired at " + expiresAt);
        }
        String acceptingEmail = command.email() == null ? "" : command.email().trim();
        if (!acceptingEmail.equalsIgnoreCase(email)) {
            throw new RuleViolationException("invitation-email-mismatch", "this invitation is for another email address");
        }
        apply(new InvitationAcceptedEvent(sessionId, producerId, command.userId()));
    }

    @EventSourcingHandler
    void on(ProducerMemberInvitedEvent event) {
        sessionId = event.sessionId();
        producerId = event.producerId();
        email = event.email();
        expiresAt = event.expiresAt();
        used = false;
    }

    @EventSourcingHandler
    void on(InvitationAcceptedEvent event) {
        used = true;
    }
}
