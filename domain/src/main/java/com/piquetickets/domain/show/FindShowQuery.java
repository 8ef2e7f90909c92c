package com.piquetickets.domain.show;

/** Finds one show by its id or slug, as the given audience may see it. */
public record FindShowQuery(String idOrSlug, ShowVisibility visibility) {
}
