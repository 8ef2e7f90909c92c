package com.piquetickets.query.featured;

import com.piquetickets.domain.featured.FindFeaturedShowsQuery;
import com.piquetickets.domain.show.ShowSummary;
import com.piquetickets.query.show.ShowSummaries;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindFeaturedShowsQuery}: the active list in its order, left out the shows that are not published. */
@Component
class FeaturedShowQueryHandler {

    private final FeaturedShowRepository featured;
    private final ShowSummaries summaries;

    FeaturedShowQueryHandler(FeaturedShowRepository featured, ShowSummaries summaries) {
        this.featured = featured;
        this.summaries = summaries;
    }

    @QueryHandler
    List<ShowSummary> handle(FindFeaturedShowsQuery query) {
        List<UUID> showIds = featured.findByActiveTrueOrderByPositionAsc().stream()
                .map(FeaturedShowEntity::showId).toList();
        return summaries.published(showIds);
    }
}
