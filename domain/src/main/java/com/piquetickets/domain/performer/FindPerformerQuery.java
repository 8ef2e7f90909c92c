package com.piquetickets.domain.performer;

/** Finds one performer by its id or its slug. */
public record FindPerformerQuery(String idOrSlug) {
}
