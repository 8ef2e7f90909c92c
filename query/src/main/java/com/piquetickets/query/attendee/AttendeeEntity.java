package com.piquetickets.query.attendee;

import com.piquetickets.query.InsertedRow;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.attendee.CheckInStatus;
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
class AttendeeEntity extends InsertedRow {

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
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "check_in_gate")
    private String checkInGate;
    @Column(name = "door_seq")
    private Long doorSeq;
    @Column(name = "change_seq")
    private long changeSeq;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Override
    public UUID getId() {
        return id;
    }

    protected AttendeeEntity() {
        // for JPA
    }

    AttendeeEntity(UUID id, UUID orderId, UUID showId, UUID ticketTypeId, AttendeeName attendee, boolean vip,
                   Instant at, long changeSeq) {
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
        this.changeSeq = changeSeq;
    }

    UUID orderId() {
        return orderId;
    }

    UUID showId() {
        return showId;
    }

    /** No longer admits anyone; voiding again keeps the first time and reason. False when it was voided already. */
    boolean voided(String reason, Instant at, long changeSeq) {
        if (voided) {
            return false;
        }
        this.voided = true;
        this.voidedAt = at;
        this.voidReason = reason;
        this.updatedAt = at;
        this.changeSeq = changeSeq;
        return true;
    }

    /** Whether the check-in event with this aggregate sequence number is newer than the last one applied. */
    boolean isNewDoorEvent(long sequence) {
        return doorSeq == null || sequence > doorSeq;
    }

    /** Where the holder stands after the check-in event with this aggregate sequence number. */
    void checkIn(CheckInStatus status, long sequence, Instant at, long changeSeq) {
        this.checkedIn = status.inside();
        this.checkedInAt = status.admittedAt();
        this.checkInGate = status.gate();
        this.doorSeq = sequence;
        this.updatedAt = at;
        this.changeSeq = changeSeq;
    }

    AttendeeView toView() {
        return new AttendeeView(id, orderId, showId, ticketTypeId, firstName, lastName, email, vip, checkedIn, voided,
                checkedInAt, createdAt);
    }
}
