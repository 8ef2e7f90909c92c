package com.piquetickets.domain.checkin;

import java.util.UUID;

/** Told to subscribers of a show's {@link FindCheckInStatsQuery} after a change to its door counts was committed. */
public record CheckInStatsChanged(UUID showId) {
}
