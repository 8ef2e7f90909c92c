package com.piquetickets.query.attendee;

import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.query.RowIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code ticket_attendee}: one issued ticket. {@code id} and {@code uuid} are both the attendee UUID (what
 * the QR code encodes). {@code ticket_order_id} names the order line by its derived id, without reading that table.
 */
@Entity(name = "AttendeeEntity")
@Table(name = "ticket_attendee")
class AttendeeEntity {

    @Id
    private UUID id;
    private UUID uuid;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String email;
    @Column(name = "is_checked_in")
    private boolean checkedIn;
    @Column(name = "show_id")
    private UUID showId;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "ticket_type_id")
    private UUID ticketTypeId;
    @Column(name = "ticket_order_id")
    private UUID ticketOrderId;
    @Column(name = "is_vip")
    private boolean vip;
    private boolean voided;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AttendeeEntity() {
        // for JPA
    }

    AttendeeEntity(UUID id, UUID orderId, UUID showId, UUID ticketTypeId, AttendeeName attendee, boolean vip,
                   Instant at) {
        this.id = id;
        this.uuid = id;
        this.orderId = orderId;
        this.showId = showId;
        this.ticketTypeId = ticketTypeId;
        this.ticketOrderId = RowIds.ticketOrder(orderId, ticketTypeId, vip);
        this.vip = vip;
        if (attendee != null) {
            this.firstName = attendee.firstName();
            this.lastName = attendee.lastName();
            this.email = attendee.email();
        }
        this.createdAt = at;
        this.updatedAt = at;
    }

    UUID orderId() {
        return orderId;
    }

    /** No longer admits anyone; voiding again keeps the first time and reason. */
    void voided(String reason, Instant at) {
        if (!voided) {
            this.voided = true;
            this.voidedAt = at;
            this.voidReason = reason;
            this.updatedAt = at;
        }
    }

    AttendeeView toView() {
        return new AttendeeView(id, orderId, showId, ticketTypeId, firstName, lastName, email, vip, checkedIn, voided);
    }
}
