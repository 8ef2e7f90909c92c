package com.piquetickets.domain.show;

import org.axonframework.serialization.Revision;

/** The details of a show were replaced. */
@Revision("1")
public record ShowDetailsUpdatedEvent(ShowId showId, ShowDetails details) {
}
