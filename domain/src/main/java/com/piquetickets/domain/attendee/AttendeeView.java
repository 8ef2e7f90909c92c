package com.piquetickets.domain.attendee;

import java.time.Instant;
import java.util.UUID;

/**
 * One ticket: who it admits and whether it still does (SCHEMA ticket_attendee). {@code isCheckedIn}: its holder is inside
 * now; {@code checkedInAt}: when it was first admitted (null: never); {@code issuedAt}: when it was issued.
 */
public record AttendeeView(
        UUID uuid,
        UUID orderId,
        UUID showId,
        UUID ticketTypeId,
        String firstName,
        String lastName,
        String email,
        boolean isVip,
        boolean isCheckedIn,
        boolean voided,
        Instant checkedInAt,
        Instant issuedAt) {
}
