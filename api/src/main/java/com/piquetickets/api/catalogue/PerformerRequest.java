package com.piquetickets.api.catalogue;

import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.domain.performer.PerformerDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A performer as clients send it; {@code slug} is optional (derived from the name when absent). */
record PerformerRequest(
        @NotBlank @Size(max = 200) String name,
        @MultilineText @Size(max = 20_000) String bio,
        @Size(max = 2_000) String image,
        @Size(max = 100) String city,
        @Size(max = 2_000) String website,
        @Size(max = 2_000) String facebook,
        @Size(max = 2_000) String twitter,
        @Size(max = 2_000) String instagram,
        @Size(max = 2_000) String youtube,
        @Size(max = 2_000) String tiktok,
        @Size(max = 80) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {

    PerformerDetails details() {
        return new PerformerDetails(name, bio, image, city, website, facebook, twitter, instagram, youtube, tiktok);
    }
}
