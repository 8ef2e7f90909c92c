package com.piquetickets.domain.attendee;

import java.util.UUID;

/** One ticket: who it admits and whether it still does (SCHEMA ticket_attendee). */
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
        boolean voided) {
}
