package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show was cancelled for good. */
@Revision("1")
public record ShowCancelledEvent(ShowId showId, String reason) {
}
