package com.piquetickets.query.venue;

import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.venue.FindVenueQuery;
import com.piquetickets.domain.venue.FindVenuesQuery;
import com.piquetickets.domain.venue.VenueView;
import com.piquetickets.query.Lookups;
import com.piquetickets.query.Pages;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Answers the venue queries from {@code venue}. */
@Component
class VenueQueryHandler {

    private final VenueRepository venues;

    VenueQueryHandler(VenueRepository venues) {
        this.venues = venues;
    }

    @QueryHandler
    PageResult<VenueView> handle(FindVenuesQuery query) {
        Pageable pageable = Pages.pageable(query.page(), Pages.byName());
        var page = query.includeInactive() ? venues.findAll(pageable) : venues.findByActiveTrue(pageable);
        return Pages.result(page, VenueEntity::toView);
    }

    @QueryHandler
    Optional<VenueView> handle(FindVenueQuery query) {
        return Lookups.byIdOrSlug(query.idOrSlug(), venues::findById, venues::findBySlug).map(VenueEntity::toView);
    }
}
