package com.piquetickets.domain.performer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.serialization.Revision;

/** A performer joined the catalogue. */
@Revision("1")
public record PerformerCreatedEvent(PerformerId performerId, Slug slug, PerformerDetails details) {
}
