package com.piquetickets.query.analytics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What one event changed, per ticket type of one show: becomes one ledger row per ticket type that changed. */
final class Deltas {

    /** One ticket type's changes; mutable while the event is applied. */
    static final class Delta {
        int sold;
        int held;
        int refunded;
        int checkedIn;
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;

        boolean isEmpty() {
            return sold == 0 && held == 0 && refunded == 0 && checkedIn == 0 && gross.signum() == 0
                    && fees.signum() == 0 && refunds.signum() == 0;
        }
    }

    private final UUID showId;
    private final Map<UUID, Delta> perTicketType = new LinkedHashMap<>();

    Deltas(UUID showId) {
        this.showId = showId;
    }

    UUID showId() {
        return showId;
    }

    Delta of(UUID ticketTypeId) {
        return perTicketType.computeIfAbsent(ticketTypeId, id -> new Delta());
    }

    /** The ticket types that changed, with their changes. */
    Map<UUID, Delta> changed() {
        Map<UUID, Delta> changed = new LinkedHashMap<>();
        perTicketType.forEach((id, delta) -> {
            if (!delta.isEmpty()) {
                changed.put(id, delta);
            }
        });
        return changed;
    }
}
