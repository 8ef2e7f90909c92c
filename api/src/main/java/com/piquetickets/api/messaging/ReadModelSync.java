package com.piquetickets.api.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for REST clients: after a command, waits (briefly, bounded) until the named projections have
 * processed everything in the event store up to now, so the response and the client's next GET see the change.
 * Projections stay asynchronous; only the request that wrote waits.
 */
@Component
public class ReadModelSync {

    private static final Logger log = LoggerFactory.getLogger(ReadModelSync.class);
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;

    ReadModelSync(EventStore eventStore, EventProcessingConfiguration processing,
                  @Value("${pique.read-model.sync-timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = timeout;
    }

    /** Waits until every named processing group has caught up with the head of the event store; false on time-out. */
    public boolean awaitCatchUp(String... processingGroups) {
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String group : processingGroups) {
            StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no streaming processor named " + group));
            while (!hasReached(processor, head.getAsLong())) {
                if (System.nanoTime() > deadline) {
                    log.warn("read model '{}' did not reach position {} within {}", group, head.getAsLong(), timeout);
                    return false;
                }
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
        return true;
    }

    private static boolean hasReached(StreamingEventProcessor processor, long position) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        if (segments.isEmpty()) {
            return false;
        }
        return segments.stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= position);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
