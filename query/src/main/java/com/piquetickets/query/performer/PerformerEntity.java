package com.piquetickets.query.performer;

import com.piquetickets.domain.performer.PerformerDetails;
import com.piquetickets.domain.performer.PerformerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code performer}. The entity name is referred to by the show queries, which join the line-up in. */
@Entity(name = "PerformerEntity")
@Table(name = "performer")
class PerformerEntity {

    @Id
    private UUID id;
    private String name;
    private String bio;
    private String image;
    private String city;
    private String slug;
    private String website;
    private String facebook;
    private String twitter;
    private String instagram;
    private String youtube;
    private String tiktok;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PerformerEntity() {
        // for JPA
    }

    PerformerEntity(UUID id) {
        this.id = id;
    }

    /** Everything a {@code PerformerCreatedEvent} says; applying it twice leaves the same row. */
    void created(String slug, PerformerDetails details, Instant at) {
        this.slug = slug;
        this.createdAt = at;
        describe(details, at);
    }

    void describe(PerformerDetails details, Instant at) {
        this.name = details.name();
        this.bio = details.bio();
        this.image = details.image();
        this.city = details.city();
        this.website = details.website();
        this.facebook = details.facebook();
        this.twitter = details.twitter();
        this.instagram = details.instagram();
        this.youtube = details.youtube();
        this.tiktok = details.tiktok();
        this.updatedAt = at;
    }

    void slug(String slug, Instant at) {
        this.slug = slug;
        this.updatedAt = at;
    }

    PerformerView toView() {
        return new PerformerView(id, slug, name, bio, image, city, website, facebook, twitter, instagram, youtube, tiktok);
    }
}
