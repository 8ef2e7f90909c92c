package com.piquetickets.domain.checkin;

import java.util.UUID;

/** A ticket as a door device keeps it: who, which ticket type and order, and whether it still admits and is inside. */
public record ManifestTicket(
        UUID id,
        String firstName,
        String lastName,
        UUID ticketTypeId,
        String ticketTypeName,
        UUID orderId,
        boolean vip,
        boolean voided,
        boolean checkedIn) {
}
