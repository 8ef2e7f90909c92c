package com.piquetickets.domain.producer;

/** Finds the Stripe Connect state of a producer; empty when it has no connected account. */
public record FindProducerFinancialQuery(ProducerId producerId) {
}
