package com.piquetickets.domain.checkin;

import java.util.UUID;

/** The check-in sessions of a show, newest first. */
public record FindCheckInSessionsQuery(UUID showId) {
}
