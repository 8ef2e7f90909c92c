package com.piquetickets.domain.producer;

/** Finds the Stripe Connect state of the producer owning a connected account; empty when no producer does. */
public record FindProducerByConnectedAccountQuery(String stripeAccountId) {
}
