package com.piquetickets.api.history;

import java.time.Instant;

/**
 * One stored event as exports write it: the envelope, the payload in its current shape (upcast) and its metadata, both
 * as JSON text, personal fields already left out when the caller did not get them.
 */
record ExportedEvent(long globalIndex, String eventId, String type, String revision, String aggregateType,
                     String aggregateId, Long sequenceNumber, Instant timestamp, String payload, String metaData) {

    /** The envelope's field names, in the order every format writes them. */
    static final String[] FIELDS = {"globalIndex", "eventId", "type", "revision", "aggregateType", "aggregateId",
            "sequenceNumber", "timestamp", "payload", "metaData"};
}
