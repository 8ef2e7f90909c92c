package com.piquetickets.query.checkin;

import com.piquetickets.domain.attendee.ConflictReason;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.query.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code check_in_scan}: one recorded scan of one ticket (the scan log). */
@Entity(name = "CheckInScanEntity")
@Table(name = "check_in_scan")
class CheckInScanEntity {

    static final String IN = "IN";
    static final String OUT = "OUT";
    static final String ADMITTED = "ADMITTED";
    static final String EXITED = "EXITED";
    static final String CONFLICT = "CONFLICT";

    @Id
    private UUID id;
    @Column(name = "show_id")
    private UUID showId;
    @Column(name = "attendee_id")
    private UUID attendeeId;
    @Column(name = "session_id")
    private UUID sessionId;
    @Column(name = "scan_id")
    private String scanId;
    private String direction;
    private String result;
    @Column(name = "conflict_reason")
    private String conflictReason;
    private String gate;
    @Column(name = "scanned_at")
    private Instant scannedAt;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    private boolean offline;
    private boolean superseded;
    @Column(name = "undone_at")
    private Instant undoneAt;

    protected CheckInScanEntity() {
        // for JPA
    }

    CheckInScanEntity(UUID showId, UUID attendeeId, DoorScan scan, String direction, Instant recordedAt) {
        this.id = idOf(scan, attendeeId);
        this.showId = showId;
        this.attendeeId = attendeeId;
        this.sessionId = scan.sessionId().value();
        this.scanId = scan.scanId();
        this.direction = direction;
        this.gate = scan.gate();
        this.scannedAt = scan.at();
        this.recordedAt = recordedAt;
        this.offline = scan.offline();
    }

    static UUID idOf(DoorScan scan, UUID attendeeId) {
        return RowIds.checkInScan(scan.sessionId().value(), scan.scanId(), attendeeId);
    }

    void admitted() {
        result = ADMITTED;
        conflictReason = null;
    }

    void exited() {
        result = EXITED;
    }

    void lost(ConflictReason reason) {
        result = CONFLICT;
        conflictReason = reason.name();
    }

    /** An earlier scan, uploaded later, took this admission's place; the row stays on record. */
    void superseded() {
        superseded = true;
    }

    /** The first undo counts; a redelivered one keeps its time. */
    void undone(Instant at) {
        if (undoneAt == null) {
            undoneAt = at;
        }
    }
}
