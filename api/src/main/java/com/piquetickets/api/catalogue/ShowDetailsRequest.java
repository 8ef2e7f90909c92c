package com.piquetickets.api.catalogue;

import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.venue.VenueId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The full details of an existing show (PUT replaces them all); the producer and currency do not change here. */
record ShowDetailsRequest(
        @NotBlank @Size(max = 200) String title,
        @MultilineText @Size(max = 100_000) String description,
        OffsetDateTime doorTime,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        @Size(max = 64) String timeZone,
        @Size(max = 50) String ageRestriction,
        @MultilineText @Size(max = 5_000) String refundPolicy,
        UUID venueId,
        @Size(max = 2_000) String image,
        @Size(max = 2_000) String bannerImage,
        @Size(max = 2_000) String squareImage,
        @Size(max = 2_000) String featuredVideo,
        @Size(max = 100) String facebookCampaignId,
        @Size(max = 80) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {

    ShowDetails details() {
        return new ShowDetails(title, description, Times.instant(doorTime), Times.instant(startTime), Times.instant(endTime),
                timeZone, ageRestriction, refundPolicy, venueId == null ? null : new VenueId(venueId), image, bannerImage,
                squareImage, featuredVideo, facebookCampaignId);
    }
}
