package com.piquetickets.domain.checkin;

import java.util.UUID;

/**
 * What a door device needs to admit people without a network: with {@code since} 0 every valid ticket of the show,
 * otherwise every ticket changed after that cursor (new, voided, checked in or out), at most {@code limit} of them.
 */
public record FindCheckInManifestQuery(UUID showId, long since, int limit) {
}
