package com.piquetickets.domain.featured;

import com.piquetickets.domain.show.ShowId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The featured shows are now this ordered list. */
@Revision("1")
public record FeaturedShowsSetEvent(String listId, List<ShowId> showIds) {
}
