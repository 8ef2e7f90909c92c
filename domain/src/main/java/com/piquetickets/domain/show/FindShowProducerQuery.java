package com.piquetickets.domain.show;

/**
 * The producer a show belongs to, whatever the show's status; answered as an optional
 * {@link com.piquetickets.domain.producer.ProducerId} (empty for an unknown show). A one-row lookup for callers that
 * need only the owner, not the whole {@link ShowView}.
 */
public record FindShowProducerQuery(ShowId showId) {
}
