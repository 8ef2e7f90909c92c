package com.piquetickets.command.checkin;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.checkin.CheckInSessionId;
import com.piquetickets.domain.checkin.CheckInSessionOpenedEvent;
import com.piquetickets.domain.checkin.CheckInSessionRevokedEvent;
import com.piquetickets.domain.checkin.OpenCheckInSessionCommand;
import com.piquetickets.domain.checkin.RevokeCheckInSessionCommand;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.show.ShowId;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A door device of one show: it may check tickets of that show in until it expires or is revoked. Only the SHA-256 of
 * its token is known here (the api shows the token once).
 */
@Aggregate
class CheckInSession {

    static final int MAX_NAME_LENGTH = 100;
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private CheckInSessionId sessionId;
    private ShowId showId;
    private boolean revoked;

    CheckInSession() {
        // for Axon
    }

    @CommandHandler
    CheckInSession(OpenCheckInSessionCommand command, CatalogueRegistry registry, Clock clock) {
        if (command.sessionId() == null) {
            throw new InvalidInputException("sessionId", "is required");
        }
        if (command.showId() == null) {
            throw new InvalidInputException("showId", "is required");
        }
        if (!registry.isActive(CatalogueKind.SHOW, command.showId().value())) {
            throw new NotFoundException("show", command.showId());
        }
        String name = Inputs.required("name", command.name(), MAX_NAME_LENGTH);
        String tokenHash = command.tokenHash() == null ? "" : command.tokenHash().toLowerCase(Locale.ROOT);
        if (!SHA_256_HEX.matcher(tokenHash).matches()) {
            throw new InvalidInputException("tokenHash", "must be a hex SHA-256 of the token");
        }
        if (command.expiresAt() == null || !command.expiresAt().isAfter(clock.instant())) {
            throw new InvalidInputException("expiresAt", "must be in the future");
        }
        apply(new CheckInSessionOpenedEvent(command.sessionId(), command.showId(), name, tokenHash, command.expiresAt()));
    }

    @CommandHandler
    void handle(RevokeCheckInSessionCommand command) {
        if (!showId.equals(command.showId())) {
            throw new NotFoundException("check-in-session", sessionId);
        }
        if (!revoked) {
            apply(new CheckInSessionRevokedEvent(sessionId, showId));
        }
    }

    @EventSourcingHandler
    void on(CheckInSessionOpenedEvent event) {
        sessionId = event.sessionId();
        showId = event.showId();
    }

    @EventSourcingHandler
    void on(CheckInSessionRevokedEvent event) {
        revoked = true;
    }
}
