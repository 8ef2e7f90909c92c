package com.piquetickets.domain.attendee;

import java.util.UUID;

/** One ticket by its UUID. */
public record FindAttendeeQuery(UUID uuid) {
}
