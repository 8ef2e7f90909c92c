package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show no longer accepts a promo code; {@code code} is spelled as it was added. */
@Revision("1")
public record PromoCodeRemovedEvent(ShowId showId, String code) {
}
