package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show left the public pages. */
@Revision("1")
public record ShowUnpublishedEvent(ShowId showId) {
}
