package com.piquetickets.query.show;

import com.piquetickets.query.InsertedRow;
import com.piquetickets.query.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code ticket_hold}: the seats of one ticket type that an order holds or bought. The availability counters
 * ({@code ticket.held}, {@code ticket.sold}, {@code ticket_promo_code.uses}) are derived from these rows rather than
 * added to, so they come out the same however often an event is applied.
 */
@Entity(name = "TicketHoldEntity")
@Table(name = "ticket_hold")
class TicketHoldEntity extends InsertedRow {

    @Id
    private UUID id;
    @Column(name = "show_id")
    private UUID showId;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "ticket_type_id")
    private UUID ticketTypeId;
    private int quantity;
    /** A {@link HoldState} name. */
    private String state;
    @Column(name = "promo_code_id")
    private UUID promoCodeId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Override
    public UUID getId() {
        return id;
    }

    protected TicketHoldEntity() {
        // for JPA
    }

    TicketHoldEntity(UUID showId, UUID orderId, UUID ticketTypeId, int quantity, HoldState state, UUID promoCodeId,
                     Instant at) {
        this.id = RowIds.ticketHold(orderId, ticketTypeId);
        this.showId = showId;
        this.orderId = orderId;
        this.ticketTypeId = ticketTypeId;
        this.quantity = quantity;
        this.state = state.name();
        this.promoCodeId = promoCodeId;
        this.createdAt = at;
        this.updatedAt = at;
    }

    UUID ticketTypeId() {
        return ticketTypeId;
    }

    int quantity() {
        return quantity;
    }

    HoldState state() {
        return HoldState.valueOf(state);
    }

    UUID promoCodeId() {
        return promoCodeId;
    }

    /**
     * Moves the hold forward to {@code next} with {@code quantity} seats; a hold already there or further on stays as
     * it is. Returns whether it moved.
     */
    boolean moveTo(HoldState next, int quantity, Instant at) {
        if (!state().isBefore(next)) {
            return false;
        }
        this.state = next.name();
        this.quantity = quantity;
        this.updatedAt = at;
        return true;
    }
}
