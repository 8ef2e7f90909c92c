package com.piquetickets.api.projections;

import java.time.Instant;
import java.util.List;

/**
 * One event processor as staff watch it.
 *
 * @param name             the processing group
 * @param kind             PROJECTION (rebuildable), or SAGA / POLICY (never replayed: they act on the world)
 * @param state            LIVE (caught up or catching up), REPLAYING, STALLED (behind the head and not moving, or no
 *                         node claims it), ERROR (a segment failing on this node)
 * @param position         the lowest position of its segments (-1 before the first event)
 * @param head             the last position in the event store
 * @param lag              head - position
 * @param replayPercent    while replaying, how far through the events that were there when it was reset
 * @param eventsPerSecond  how fast its position moved lately (null until two samples exist)
 * @param estimatedEnd     when it will reach the end of the replay (or the head), at that rate
 * @param deadLetters      events parked in its dead-letter queue
 * @param owners           the nodes holding its segments' claims
 * @param rebuild          the last rebuild asked for (null if none): REQUESTED until a node reset it, then STARTED
 * @param error            the failure of a segment in error on this node
 */
public record ProjectionStatus(String name, String kind, String state, long position, long head, long lag,
                               Double replayPercent, Double eventsPerSecond, Instant estimatedEnd, long deadLetters,
                               List<String> owners, Rebuild rebuild, String error) {

    /** A rebuild request: its state, when and by whom it was asked for, and when a node started it. */
    public record Rebuild(String state, Instant requestedAt, String requestedBy, Instant startedAt, String startedBy) {
    }
}
