package com.piquetickets.query.onboarding;

import com.piquetickets.domain.onboarding.InvitationView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code onboarding_session}: an invitation, known by the SHA-256 of its token. */
@Entity(name = "InvitationEntity")
@Table(name = "onboarding_session")
class InvitationEntity {

    @Id
    private UUID id;
    @Column(name = "token_hash")
    private String tokenHash;
    private String email;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "is_used")
    private boolean used;
    @Column(name = "producer_id")
    private UUID producerId;
    @Column(name = "accepted_by")
    private UUID acceptedBy;

    protected InvitationEntity() {
        // for JPA
    }

    InvitationEntity(UUID id) {
        this.id = id;
    }

    /** Everything a {@code ProducerMemberInvitedEvent} says; applying it twice leaves the same row. */
    void invited(UUID producerId, String email, String tokenHash, Instant expiresAt, Instant at) {
        this.producerId = producerId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.createdAt = at;
    }

    void accepted(UUID userId) {
        this.used = true;
        this.acceptedBy = userId;
    }

    InvitationView toView() {
        return new InvitationView(id, producerId, email, createdAt, expiresAt, used, acceptedBy);
    }
}
