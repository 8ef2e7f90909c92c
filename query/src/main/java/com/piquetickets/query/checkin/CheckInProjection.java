package com.piquetickets.query.checkin;

import com.piquetickets.domain.common.MetaDataKeys;
import com.piquetickets.domain.attendee.AdmissionUndoneEvent;
import com.piquetickets.domain.attendee.AttendeeAdmittedEvent;
import com.piquetickets.domain.attendee.AttendeeExitedEvent;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.attendee.OfflineAdmissionConflictEvent;
import com.piquetickets.domain.checkin.CheckInSessionOpenedEvent;
import com.piquetickets.domain.checkin.CheckInSessionRevokedEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.query.show.Authors;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Builds the door's read model: {@code check_in_session} (door devices, with the acting user who opened each) and the
 * scan log {@code check_in_scan}, one row per recorded scan of a ticket, keyed by device, scan id and ticket so that a
 * redelivered event writes the same row again.
 */
@Component
@ProcessingGroup(ProcessingGroups.CHECK_IN)
class CheckInProjection {

    private final CheckInSessionRepository sessions;
    private final CheckInScanRepository scans;
    private final QueryUpdateEmitter updates;

    CheckInProjection(CheckInSessionRepository sessions, CheckInScanRepository scans, QueryUpdateEmitter updates) {
        this.sessions = sessions;
        this.scans = scans;
        this.updates = updates;
    }

    @EventHandler
    void on(CheckInSessionOpenedEvent event, @Timestamp Instant at, @MetaDataValue(MetaDataKeys.USER_ID) Object userId) {
        UUID id = event.sessionId().value();
        if (!sessions.existsById(id)) {
            sessions.save(new CheckInSessionEntity(id, event.showId().value(), event.name(), event.tokenHash(),
                    event.expiresAt(), Authors.authorId(userId), at));
        }
    }

    @EventHandler
    void on(CheckInSessionRevokedEvent event, @Timestamp Instant at) {
        sessions.findById(event.sessionId().value()).ifPresent(session -> {
            session.revoked(at);
            sessions.save(session);
        });
    }

    @EventHandler
    void on(AttendeeAdmittedEvent event, @Timestamp Instant at) {
        CheckInScanEntity row = row(event.showId(), event.attendeeId(), event.scan(), CheckInScanEntity.IN, at);
        row.admitted();
        save(event.showId(), row);
    }

    @EventHandler
    void on(AttendeeExitedEvent event, @Timestamp Instant at) {
        CheckInScanEntity row = row(event.showId(), event.attendeeId(), event.scan(), CheckInScanEntity.OUT, at);
        row.exited();
        save(event.showId(), row);
    }

    @EventHandler
    void on(AdmissionUndoneEvent event, @Timestamp Instant at) {
        scans.findById(CheckInScanEntity.idOf(event.undone(), event.attendeeId().value())).ifPresent(row -> {
            row.undone(at);
            save(event.showId(), row);
        });
    }

    /** The losing scan is kept as a conflict; when it had been the admission, the earlier winning scan takes its place. */
    @EventHandler
    void on(OfflineAdmissionConflictEvent event, @Timestamp Instant at) {
        CheckInScanEntity losing = row(event.showId(), event.attendeeId(), event.losing(), CheckInScanEntity.IN, at);
        losing.lost(event.reason());
        if (event.superseded()) {
            losing.superseded();
            CheckInScanEntity winning = row(event.showId(), event.attendeeId(), event.winning(), CheckInScanEntity.IN, at);
            winning.admitted();
            scans.save(winning);
        }
        save(event.showId(), losing);
    }

    private CheckInScanEntity row(ShowId showId, AttendeeId attendeeId, DoorScan scan, String direction, Instant at) {
        return scans.findById(CheckInScanEntity.idOf(scan, attendeeId.value()))
                .orElseGet(() -> new CheckInScanEntity(showId.value(), attendeeId.value(), scan, direction, at));
    }

    private void save(ShowId showId, CheckInScanEntity row) {
        scans.save(row);
        CheckInUpdates.changed(updates, showId.value());
    }

    @ResetHandler
    void reset() {
        scans.deleteAllInBatch();
        sessions.deleteAllInBatch();
    }
}
