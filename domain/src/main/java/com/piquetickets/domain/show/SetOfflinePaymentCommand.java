package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Lets buyers of a show pay at the door or by invoice (the producer confirms each payment), or stops that. */
public record SetOfflinePaymentCommand(@TargetAggregateIdentifier ShowId showId, boolean enabled) {
}
