package com.piquetickets.domain.analytics;

import java.util.List;

/** The aggregate identifiers (as the event store keeps them) of a show, its orders and its tickets. */
public record ShowAggregates(List<String> aggregateIds) {

    public ShowAggregates {
        aggregateIds = List.copyOf(aggregateIds);
    }
}
