package com.piquetickets.query.checkin;

import com.piquetickets.domain.checkin.CheckInSessionView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code check_in_session}: one door device of one show, known by the SHA-256 of its token. */
@Entity(name = "CheckInSessionEntity")
@Table(name = "check_in_session")
class CheckInSessionEntity {

    @Id
    private UUID id;
    @Column(name = "session_id")
    private String sessionId;
    @Column(name = "show_id")
    private UUID showId;
    private String name;
    private String token;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "opened_by")
    private UUID openedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CheckInSessionEntity() {
        // for JPA
    }

    /** Everything a {@code CheckInSessionOpenedEvent} says; applying it twice leaves the same row. */
    CheckInSessionEntity(UUID id, UUID showId, String name, String tokenHash, Instant expiresAt, UUID openedBy, Instant at) {
        this.id = id;
        this.sessionId = id.toString();
        this.showId = showId;
        this.name = name;
        this.token = tokenHash;
        this.expiresAt = expiresAt;
        this.openedBy = openedBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The first revocation counts; a redelivered one keeps its time. */
    void revoked(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            updatedAt = at;
        }
    }

    CheckInSessionView toView() {
        return new CheckInSessionView(id, showId, name, openedBy, createdAt, expiresAt, revokedAt);
    }
}
