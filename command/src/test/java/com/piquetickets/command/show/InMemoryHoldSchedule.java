package com.piquetickets.command.show;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;

/** The hold schedule in memory, for aggregate tests (register it as an injectable resource of the fixture). */
public class InMemoryHoldSchedule implements HoldSchedule {

    private final Map<ShowId, Instant> next = new HashMap<>();
    private int records;

    @Override
    public void record(ShowId showId, Instant expiresAt) {
        records++;
        next.merge(showId, expiresAt, (recorded, offered) -> offered.isBefore(recorded) ? offered : recorded);
    }

    @Override
    public void clear(ShowId showId, Instant sweptUpTo) {
        next.computeIfPresent(showId, (id, at) -> at.isAfter(sweptUpTo) ? at : null);
    }

    @Override
    public List<ShowId> dueBy(Instant instant, int limit) {
        return next.entrySet().stream()
                .filter(entry -> !entry.getValue().isAfter(instant))
                .sorted(Map.Entry.comparingByValue())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Test read-out: when the show is due, if it is scheduled. */
    public Optional<Instant> nextExpiry(ShowId showId) {
        return Optional.ofNullable(next.get(showId));
    }

    /** Test read-out: how often a time was recorded, i.e. how often a database would have been written. */
    public int records() {
        return records;
    }
}
