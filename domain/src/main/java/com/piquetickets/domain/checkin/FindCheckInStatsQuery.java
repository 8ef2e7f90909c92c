package com.piquetickets.domain.checkin;

import java.util.UUID;

/** The live door counts of a show, with its {@code lastScans} most recent scans. */
public record FindCheckInStatsQuery(UUID showId, int lastScans) {
}
