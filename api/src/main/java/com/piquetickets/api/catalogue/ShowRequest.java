package com.piquetickets.api.catalogue;

import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.domain.show.ShowDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A new show (a draft) as clients send it. Times are ISO-8601 with offset; {@code timeZone} is the IANA zone the show
 * is presented in. {@code currency} defaults to USD and is fixed once ticket types are priced in it.
 */
record ShowRequest(
        @NotNull UUID producerId,
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
        @Pattern(regexp = "[A-Za-z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @Size(max = 80) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {

    static final String DEFAULT_CURRENCY = "USD";

    ShowDetails details() {
        return new ShowDetailsRequest(title, description, doorTime, startTime, endTime, timeZone, ageRestriction,
                refundPolicy, venueId, image, bannerImage, squareImage, featuredVideo, facebookCampaignId, slug).details();
    }

    String currencyOrDefault() {
        return currency == null ? DEFAULT_CURRENCY : currency;
    }
}
