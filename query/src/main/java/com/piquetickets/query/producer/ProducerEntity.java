package com.piquetickets.query.producer;

import com.piquetickets.domain.producer.ProducerDetails;
import com.piquetickets.domain.producer.ProducerView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code producer}. The entity name is referred to by the show queries, which join producer names in. */
@Entity(name = "ProducerEntity")
@Table(name = "producer")
class ProducerEntity {

    @Id
    private UUID id;
    private String name;
    private String country;
    private String website;
    private String bio;
    private String image;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    private String slug;
    private String instagram;
    private String facebook;
    private String twitter;
    private String youtube;
    private String ticktock;
    @Column(name = "is_active")
    private boolean active;

    protected ProducerEntity() {
        // for JPA
    }

    ProducerEntity(UUID id) {
        this.id = id;
    }

    /** Everything a {@code ProducerCreatedEvent} says; applying it twice leaves the same row. */
    void created(String slug, ProducerDetails details, Instant at) {
        this.slug = slug;
        this.active = true;
        this.createdAt = at;
        describe(details, at);
    }

    void describe(ProducerDetails details, Instant at) {
        this.name = details.name();
        this.country = details.country();
        this.website = details.website();
        this.bio = details.bio();
        this.image = details.image();
        this.instagram = details.instagram();
        this.facebook = details.facebook();
        this.twitter = details.twitter();
        this.youtube = details.youtube();
        this.ticktock = details.ticktock();
        this.updatedAt = at;
    }

    void slug(String slug, Instant at) {
        this.slug = slug;
        this.updatedAt = at;
    }

    void deactivate(Instant at) {
        this.active = false;
        this.updatedAt = at;
    }

    ProducerView toView() {
        return new ProducerView(id, slug, name, country, website, bio, image, instagram, facebook, twitter, youtube,
                ticktock, active, createdAt, updatedAt);
    }
}
