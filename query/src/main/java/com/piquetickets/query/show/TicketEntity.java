package com.piquetickets.query.show;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketTypeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code ticket}: one ticket type of a show, with its live availability. */
@Entity(name = "TicketEntity")
@Table(name = "ticket")
class TicketEntity {

    @Id
    private UUID id;
    @Column(name = "show_id")
    private UUID showId;
    private String name;
    private String description;
    private int quantity;
    private BigDecimal price;
    private String currency;
    @Column(name = "is_donation_based")
    private boolean donationBased;
    @Column(name = "minimum_donation")
    private BigDecimal minimumDonation;
    @Column(name = "vip_allowed")
    private boolean vipAllowed;
    private int sold;
    private int held;
    /** Display order within the show: the order in which the ticket types were added. */
    private int position;
    @Column(name = "author_id")
    private UUID authorId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TicketEntity() {
        // for JPA
    }

    TicketEntity(UUID id, UUID showId, int position, UUID authorId, Instant at) {
        this.id = id;
        this.showId = showId;
        this.position = position;
        this.authorId = authorId;
        this.createdAt = at;
    }

    void describe(TicketTypeSpec spec, Instant at) {
        this.name = spec.name();
        this.description = spec.description();
        this.quantity = spec.quantity();
        this.price = spec.price().amount();
        this.currency = spec.price().currency();
        this.donationBased = spec.donationBased();
        this.minimumDonation = spec.minimumDonation() == null ? null : spec.minimumDonation().amount();
        this.vipAllowed = spec.vipAllowed();
        this.updatedAt = at;
    }

    UUID id() {
        return id;
    }

    /** The live counters, derived from the seat holds. */
    void counts(int held, int sold) {
        this.held = held;
        this.sold = sold;
    }

    /** What is left to sell; never below zero, whatever the counters say. */
    static int remaining(int quantity, int sold, int held) {
        return Math.max(0, quantity - sold - held);
    }

    TicketTypeView toView() {
        return new TicketTypeView(id, name, description, quantity, new Money(price, currency), donationBased,
                minimumDonation == null ? null : new Money(minimumDonation, currency), vipAllowed, sold, held,
                remaining(quantity, sold, held));
    }
}
