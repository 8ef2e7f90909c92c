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

    /**
     * Declared with the raw {@link PageResult} type on purpose: Axon 4 matches a handler's return type against
     * {@code ResponseTypes.instanceOf(PageResult.class)} only when it is a plain class, never a parameterized type
     * (AxonFramework#1537), so callers ask with {@code instanceOf(PageResult.class)}.
     */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindVenuesQuery query) {
        Pageable pageable = Pages.pageable(query.page(), Pages.byName());
        var page = query.includeInactive() ? venues.findAll(pageable) : venues.findByActiveTrue(pageable);
        return Pages.result(page, VenueEntity::toView);
    }

    @QueryHandler
    Optional<VenueView> handle(FindVenueQuery query) {
        return Lookups.byIdOrSlug(query.idOrSlug(), venues::findById, venues::findBySlug).map(VenueEntity::toView);
    }
}
