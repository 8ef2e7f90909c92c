package com.piquetickets.api.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One event type of the catalogue: its current revision (the shape exports write) and how many were stored at each
 * revision, the aggregate type it belongs to, how many there are and when the first and last happened, the paths
 * of its personal fields (left out of exports unless asked for), and the shape of its payload (field names with
 * their JSON types, from the latest one).
 */
record EventTypeSummary(String type, String revision, Map<String, Long> storedRevisions, String aggregateType, long count,
                        Instant firstSeen, Instant lastSeen, List<String> personalFields, Object payloadShape) {
}
