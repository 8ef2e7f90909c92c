package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a promo code to a show. */
public record AddPromoCodeCommand(@TargetAggregateIdentifier ShowId showId, PromoCodeSpec spec) {
}
