package com.piquetickets.domain.performer;

import org.axonframework.serialization.Revision;

/** The details of a performer were replaced. */
@Revision("1")
public record PerformerUpdatedEvent(PerformerId performerId, PerformerDetails details) {
}
