package com.piquetickets.domain.show;

import com.piquetickets.domain.performer.PerformerId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The line-up of a show, in billing order, replaced the previous one. */
@Revision("1")
public record ShowPerformersSetEvent(ShowId showId, List<PerformerId> performerIds) {
}
