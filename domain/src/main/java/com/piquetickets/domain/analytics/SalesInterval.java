package com.piquetickets.domain.analytics;

import com.piquetickets.domain.common.Money;
import java.time.Instant;

/**
 * One interval of an on-sale curve: tickets sold in it (returns taken off) and their revenue (gross), and the running
 * totals at its end, counted from the show's first sale.
 */
public record SalesInterval(Instant start, int sold, Money revenue, int cumulativeSold, Money cumulativeRevenue) {
}
