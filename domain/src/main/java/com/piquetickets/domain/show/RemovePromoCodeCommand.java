package com.piquetickets.domain.show;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a promo code (named in any case) from a show. */
public record RemovePromoCodeCommand(@TargetAggregateIdentifier ShowId showId, String code) {
}
