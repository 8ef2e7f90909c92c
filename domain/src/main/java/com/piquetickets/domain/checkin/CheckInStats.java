package com.piquetickets.domain.checkin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A show's door at a glance. {@code tickets} counts valid tickets; {@code admitted} counts tickets admitted at least once
 * (an undone admission does not count; a ticket voided after it was admitted still does, and is counted in
 * {@code voidedAfterAdmission} too); {@code insideNow} those whose holder is inside; {@code conflicts} offline admissions
 * that another scan had already made (or a voided ticket admitted offline).
 */
public record CheckInStats(
        UUID showId,
        long tickets,
        long voided,
        long admitted,
        long insideNow,
        long voidedAfterAdmission,
        long conflicts,
        List<CheckInTicketTypeCount> byTicketType,
        List<CheckInGateCount> byGate,
        List<CheckInScanView> lastScans,
        Instant asOf) {

    public CheckInStats {
        byTicketType = List.copyOf(byTicketType);
        byGate = List.copyOf(byGate);
        lastScans = List.copyOf(lastScans);
    }
}
