package com.piquetickets.query.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code user_profile}: one per user, under the user's id. */
@Entity(name = "UserProfileEntity")
@Table(name = "user_profile")
class UserProfileEntity {

    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "can_publish_shows")
    private boolean canPublishShows;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected UserProfileEntity() {
        // for JPA
    }

    UserProfileEntity(UUID userId) {
        this.id = userId;
        this.userId = userId;
    }

    /** A new user's profile: may not publish yet. */
    void created(Instant at) {
        this.canPublishShows = false;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void canPublishShows(boolean canPublishShows, Instant at) {
        this.canPublishShows = canPublishShows;
        this.updatedAt = at;
    }

    UUID userId() {
        return userId;
    }

    boolean canPublishShows() {
        return canPublishShows;
    }
}
