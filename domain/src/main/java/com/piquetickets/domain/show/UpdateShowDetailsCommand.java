package com.piquetickets.domain.show;

import com.piquetickets.domain.common.Slug;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the details of a show; its slug stays unless a new one is requested. */
public record UpdateShowDetailsCommand(@TargetAggregateIdentifier ShowId showId, ShowDetails details, Slug requestedSlug) {
}
