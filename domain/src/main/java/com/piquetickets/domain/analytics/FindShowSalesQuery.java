package com.piquetickets.domain.analytics;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;

/** How a show's sales stood at {@code asOf}, from the events up to that instant. */
public record FindShowSalesQuery(ShowId showId, Instant asOf) {
}
