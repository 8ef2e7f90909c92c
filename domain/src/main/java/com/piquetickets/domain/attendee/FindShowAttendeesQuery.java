package com.piquetickets.domain.attendee;

import com.piquetickets.domain.common.PageRequest;
import java.util.UUID;

/** The tickets of a show (valid ones unless {@code includeVoided}), by last name. */
public record FindShowAttendeesQuery(UUID showId, boolean includeVoided, PageRequest page) {
}
