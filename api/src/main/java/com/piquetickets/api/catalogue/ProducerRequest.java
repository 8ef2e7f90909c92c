package com.piquetickets.api.catalogue;

import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.domain.producer.ProducerDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A producer as clients send it; {@code slug} is optional (derived from the name when absent). */
record ProducerRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String country,
        @Size(max = 2_000) String website,
        @MultilineText @Size(max = 20_000) String bio,
        @Size(max = 2_000) String image,
        @Size(max = 2_000) String instagram,
        @Size(max = 2_000) String facebook,
        @Size(max = 2_000) String twitter,
        @Size(max = 2_000) String youtube,
        @Size(max = 2_000) String ticktock,
        @Size(max = 80) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {

    ProducerDetails details() {
        return new ProducerDetails(name, country, website, bio, image, instagram, facebook, twitter, youtube, ticktock);
    }
}
