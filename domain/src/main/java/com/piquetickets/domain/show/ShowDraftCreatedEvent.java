package com.piquetickets.domain.show;

import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.producer.ProducerId;
import org.axonframework.serialization.Revision;

/** A show was created as a draft. */
@Revision("1")
public record ShowDraftCreatedEvent(ShowId showId, ProducerId producerId, Slug slug, ShowDetails details, String currency) {
}
