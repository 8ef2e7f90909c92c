package com.piquetickets.api.projections;

import java.time.Instant;
import java.util.List;

/**
 * A processor's dead letters of one sequence (events of one aggregate, in order: the first failed, the others wait
 * behind it).
 */
public record DeadLetterSequence(String sequence, List<Letter> letters) {

    /**
     * One parked event: what it is, where it sits in its aggregate's stream and in the store, why it failed, when it
     * first failed and when it was last tried.
     */
    public record Letter(String eventId, String eventType, String aggregateType, String aggregateId, Long sequenceNumber,
                         Long globalIndex, String causeType, String causeMessage, Instant firstFailure,
                         Instant lastFailure) {
    }
}
