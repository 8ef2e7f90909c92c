package com.piquetickets.domain.performer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a performer to the catalogue; the slug is derived from the name unless one is requested. */
public record CreatePerformerCommand(@TargetAggregateIdentifier PerformerId performerId, PerformerDetails details, Slug requestedSlug) {
}
