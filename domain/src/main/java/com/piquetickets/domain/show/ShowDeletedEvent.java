package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show was soft-deleted; nothing changes on it any more. */
@Revision("1")
public record ShowDeletedEvent(ShowId showId) {
}
