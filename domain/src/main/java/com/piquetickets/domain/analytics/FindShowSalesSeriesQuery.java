package com.piquetickets.domain.analytics;

import com.piquetickets.domain.show.ShowId;
import java.time.Duration;
import java.time.Instant;

/** A show's on-sale curve: tickets sold and revenue per {@code interval} (UTC-aligned) from {@code from} to {@code to}. */
public record FindShowSalesSeriesQuery(ShowId showId, Duration interval, Instant from, Instant to) {
}
