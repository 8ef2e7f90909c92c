package com.piquetickets.domain.checkin;

import java.util.List;
import java.util.UUID;

/** One page of a show's door manifest; {@code cursor} is the {@code since} of the next download, {@code more} says it is due now. */
public record CheckInManifest(UUID showId, List<ManifestTicket> tickets, long cursor, boolean more) {

    public CheckInManifest {
        tickets = List.copyOf(tickets);
    }
}
