package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show accepts a new promo code. */
@Revision("1")
public record PromoCodeAddedEvent(ShowId showId, PromoCodeSpec spec) {
}
