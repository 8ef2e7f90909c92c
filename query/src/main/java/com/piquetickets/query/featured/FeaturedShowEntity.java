package com.piquetickets.query.featured;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code featured_show}: a show that is, or once was, on the featured list. One row per show, its id derived
 * from the show's; {@code is_active} says whether it is on the list now and {@code "order"} where.
 */
@Entity(name = "FeaturedShowEntity")
@Table(name = "featured_show")
class FeaturedShowEntity {

    @Id
    private UUID id;
    /** "order" is a reserved word in PostgreSQL and H2, so the column name is quoted here and in the migration. */
    @Column(name = "\"order\"")
    private int position;
    @Column(name = "is_active")
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "show_id")
    private UUID showId;

    protected FeaturedShowEntity() {
        // for JPA
    }

    FeaturedShowEntity(UUID showId, Instant at) {
        this.id = UUID.nameUUIDFromBytes(("featured-show:" + showId).getBytes(StandardCharsets.UTF_8));
        this.showId = showId;
        this.createdAt = at;
    }

    UUID showId() {
        return showId;
    }

    boolean active() {
        return active;
    }

    /** On the list at this position; {@code updated_at} moves only when something changed. */
    void feature(int position, Instant at) {
        if (!active || this.position != position || updatedAt == null) {
            this.active = true;
            this.position = position;
            this.updatedAt = at;
        }
    }

    void unfeature(Instant at) {
        if (active) {
            this.active = false;
            this.updatedAt = at;
        }
    }
}
