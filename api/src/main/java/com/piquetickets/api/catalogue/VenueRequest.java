package com.piquetickets.api.catalogue;

import com.piquetickets.api.web.json.MultilineText;
import com.piquetickets.domain.venue.VenueDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A venue as clients send it; {@code slug} is optional (derived from the name when absent). */
record VenueRequest(
        @NotBlank @Size(max = 200) String name,
        @MultilineText @Size(max = 20_000) String description,
        @Size(max = 255) String address,
        @Size(max = 100) String city,
        @Size(max = 100) String state,
        @Size(max = 20) String zipCode,
        @Size(max = 40) String phone,
        @Size(max = 2_000) String website,
        @Size(max = 2_000) String venueImage,
        @Size(max = 80) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug) {

    VenueDetails details() {
        return new VenueDetails(name, description, address, city, state, zipCode, phone, website, venueImage);
    }
}
