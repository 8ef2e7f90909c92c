package com.piquetickets.domain.show;

import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.producer.ProducerId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a show as an unpublished draft of a producer, priced in {@code currency} (ISO 4217). */
public record CreateShowCommand(
        @TargetAggregateIdentifier ShowId showId,
        ProducerId producerId,
        ShowDetails details,
        String currency,
        Slug requestedSlug) {
}
