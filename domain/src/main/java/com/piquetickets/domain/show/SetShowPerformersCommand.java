package com.piquetickets.domain.show;

import com.piquetickets.domain.performer.PerformerId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets who performs in a show, in billing order. */
public record SetShowPerformersCommand(@TargetAggregateIdentifier ShowId showId, List<PerformerId> performerIds) {

    public SetShowPerformersCommand {
        performerIds = performerIds == null ? List.of() : List.copyOf(performerIds);
    }
}
