package com.piquetickets.domain.featured;

import com.piquetickets.domain.show.ShowId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the featured shows with this ordered list (first is shown first). */
public record SetFeaturedShowsCommand(@TargetAggregateIdentifier String listId, List<ShowId> showIds) {

    public SetFeaturedShowsCommand(List<ShowId> showIds) {
        this(FeaturedShows.LIST_ID, showIds);
    }

    public SetFeaturedShowsCommand {
        showIds = showIds == null ? List.of() : List.copyOf(showIds);
    }
}
