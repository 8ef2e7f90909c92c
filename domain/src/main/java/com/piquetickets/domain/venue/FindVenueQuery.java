package com.piquetickets.domain.venue;

/** Finds one venue by its id or its slug. */
public record FindVenueQuery(String idOrSlug) {
}
