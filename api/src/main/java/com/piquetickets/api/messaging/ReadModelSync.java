package com.piquetickets.api.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.SagaConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for REST clients: after a command, waits (briefly, bounded) until the read models that handle the
 * kinds of event it published have processed everything in the event store up to now. Projections stay asynchronous;
 * only the request that wrote waits, and only for the read models its write touches (sagas are never waited for).
 */
@Component
public class ReadModelSync {

    private static final Logger log = LoggerFactory.getLogger(ReadModelSync.class);
    private static final long POLL_NANOS = Duration.ofMillis(2).toNanos();

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;
    private final Duration timeout;
    private final Map<Class<?>, List<StreamingEventProcessor>> readModelsByEventType = new ConcurrentHashMap<>();

    ReadModelSync(EventStore eventStore, EventProcessingConfiguration processing,
                  @Value("${pique.read-model.sync-timeout}") Duration timeout) {
        this.eventStore = eventStore;
        this.processing = processing;
        this.timeout = timeout;
    }

    /** Waits until every read model handling one of {@code eventTypes} has caught up with the head; false on time-out. */
    public boolean awaitCatchUp(Set<Class<?>> eventTypes) {
        if (eventTypes.isEmpty()) {
            return true;
        }
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isEmpty()) {
            return true;
        }
        Set<StreamingEventProcessor> readModels = eventTypes.stream()
                .flatMap(type -> readModelsHandling(type).stream())
                .collect(Collectors.toSet());
        long deadline = System.nanoTime() + timeout.toNanos();
        for (StreamingEventProcessor readModel : readModels) {
            if (!awaitPosition(readModel, head.getAsLong(), deadline)) {
                return false;
            }
        }
        return true;
    }

    /** Waits until the named processing groups have caught up with the head (a replay, a test that settles). */
    public boolean awaitCatchUp(String... processingGroups) {
        if (processingGroups.length == 0) {
            return true;
        }
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isEmpty()) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String group : processingGroups) {
            StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException("no streaming processor named " + group));
            if (!awaitPosition(processor, head.getAsLong(), deadline)) {
                return false;
            }
        }
        return true;
    }

    private boolean awaitPosition(StreamingEventProcessor processor, long position, long deadline) {
        while (!hasReached(processor, position)) {
            if (System.nanoTime() > deadline) {
                log.warn("read model '{}' did not reach position {} within {}", processor.getName(), position, timeout);
                return false;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return true;
    }

    private List<StreamingEventProcessor> readModelsHandling(Class<?> eventType) {
        return readModelsByEventType.computeIfAbsent(eventType, type -> {
            Set<String> sagas = processing.sagaConfigurations().stream()
                    .map(SagaConfiguration::processingGroup)
                    .collect(Collectors.toSet());
            return processing.eventProcessors().values().stream()
                    .filter(processor -> processor instanceof StreamingEventProcessor
                            && processor instanceof AbstractEventProcessor handling
                            && !sagas.contains(processor.getName())
                            && handling.eventHandlerInvoker().canHandleType(type))
                    .map(StreamingEventProcessor.class::cast)
                    .toList();
        });
    }

    /** A projection being rebuilt is not waited for: it reaches the head only when its replay ends. */
    private static boolean hasReached(StreamingEventProcessor processor, long position) {
        if (processor.isReplaying()) {
            return true;
        }
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
