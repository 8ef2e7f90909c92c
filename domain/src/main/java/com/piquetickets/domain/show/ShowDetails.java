package com.piquetickets.domain.show;

import com.piquetickets.domain.venue.VenueId;
import java.time.Instant;

/** The descriptive part of a show. Times are instants; {@code timeZone} is the IANA zone they are shown in. {@code venueId} may be null on a draft. */
public record ShowDetails(
        String title,
        String description,
        Instant doorTime,
        Instant startTime,
        Instant endTime,
        String timeZone,
        String ageRestriction,
        String refundPolicy,
        VenueId venueId,
        String image,
        String bannerImage,
        String squareImage,
        String featuredVideo,
        String facebookCampaignId) {
}
