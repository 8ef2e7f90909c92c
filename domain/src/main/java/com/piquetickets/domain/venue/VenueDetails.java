package com.piquetickets.domain.venue;

/** What a venue shows to the public; every field but the name is optional. */
public record VenueDetails(
        String name,
        String description,
        String address,
        String city,
        String state,
        String zipCode,
        String phone,
        String website,
        String venueImage) {
}
