package com.piquetickets.domain.producer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the Stripe Express account created for a producer; the same account again is a no-op, another one is refused. */
public record RecordConnectedAccountCommand(@TargetAggregateIdentifier ProducerId producerId, String stripeAccountId) {
}
