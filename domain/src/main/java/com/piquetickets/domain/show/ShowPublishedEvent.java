package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** A show is on the public pages and on sale. */
@Revision("1")
public record ShowPublishedEvent(ShowId showId) {
}
