package com.piquetickets.domain.producer;

/** Finds one producer by its id or its slug. */
public record FindProducerQuery(String idOrSlug) {
}
