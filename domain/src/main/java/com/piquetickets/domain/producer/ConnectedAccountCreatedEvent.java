package com.piquetickets.domain.producer;

import org.axonframework.serialization.Revision;

/** A producer has a Stripe connected account; the money of its shows can go there once charges are enabled. */
@Revision("1")
public record ConnectedAccountCreatedEvent(ProducerId producerId, String stripeAccountId) {
}
