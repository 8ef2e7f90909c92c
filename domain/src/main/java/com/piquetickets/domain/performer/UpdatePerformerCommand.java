package com.piquetickets.domain.performer;

import com.piquetickets.domain.common.Slug;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the details of a performer; the slug stays unless a new one is requested. */
public record UpdatePerformerCommand(@TargetAggregateIdentifier PerformerId performerId, PerformerDetails details, Slug requestedSlug) {
}
