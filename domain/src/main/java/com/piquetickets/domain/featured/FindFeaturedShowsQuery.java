package com.piquetickets.domain.featured;

/** Lists the featured shows in their explicit order; shows that are no longer published are left out. */
public record FindFeaturedShowsQuery() {
}
