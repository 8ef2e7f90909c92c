package com.piquetickets.query.venue;

import com.piquetickets.domain.venue.VenueDetails;
import com.piquetickets.domain.venue.VenueView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code venue}. The entity name is referred to by the show queries, which join venue names in. */
@Entity(name = "VenueEntity")
@Table(name = "venue")
class VenueEntity {

    @Id
    private UUID id;
    private String name;
    private String description;
    private String address;
    private String city;
    private String state;
    @Column(name = "zip_code")
    private String zipCode;
    private String phone;
    private String slug;
    private String website;
    @Column(name = "venue_image")
    private String venueImage;
    @Column(name = "is_active")
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected VenueEntity() {
        // for JPA
    }

    VenueEntity(UUID id) {
        this.id = id;
    }

    /** Everything a {@code VenueCreatedEvent} says; applying it twice leaves the same row. */
    void created(String slug, VenueDetails details, Instant at) {
        this.slug = slug;
        this.active = true;
        this.createdAt = at;
        describe(details, at);
    }

    void describe(VenueDetails details, Instant at) {
        this.name = details.name();
        this.description = details.description();
        this.address = details.address();
        this.city = details.city();
        this.state = details.state();
        this.zipCode = details.zipCode();
        this.phone = details.phone();
        this.website = details.website();
        this.venueImage = details.venueImage();
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

    VenueView toView() {
        return new VenueView(id, slug, name, description, address, city, state, zipCode, phone, website, venueImage, active);
    }
}
