package com.piquetickets.domain.venue;

import java.util.UUID;

/** A venue as the catalogue shows it. */
public record VenueView(
        UUID id,
        String slug,
        String name,
        String description,
        String address,
        String city,
        String state,
        String zipCode,
        String phone,
        String website,
        String venueImage,
        boolean isActive) {
}
