package com.piquetickets.domain.analytics;

import com.piquetickets.domain.show.ShowId;

/** The aggregates whose events make up a show's history: the show, its orders and its tickets. */
public record FindShowAggregatesQuery(ShowId showId) {
}
