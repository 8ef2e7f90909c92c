package com.piquetickets.domain.show;

import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.venue.VenueId;
import java.time.Instant;

/** Narrows a show list; every field is optional. {@code upcoming} keeps shows that have not ended yet; {@code from}/{@code to} bound the start time. */
public record ShowFilter(
        boolean upcoming,
        VenueId venueId,
        ProducerId producerId,
        PerformerId performerId,
        Instant from,
        Instant to,
        ShowVisibility visibility) {

    public static ShowFilter publicShows() {
        return new ShowFilter(false, null, null, null, null, null, ShowVisibility.PUBLIC);
    }
}
