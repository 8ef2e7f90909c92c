package com.piquetickets.domain.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A show's on-sale curve: one entry per interval from {@code from} (inclusive) to {@code to} (exclusive). */
public record SalesSeries(UUID showId, String currency, Duration interval, Instant from, Instant to,
                          List<SalesInterval> intervals) {

    public SalesSeries {
        intervals = List.copyOf(intervals);
    }
}
