package com.piquetickets.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** A recorded history: domain event messages with sequence numbers, metadata and timestamps one minute apart. */
final class EventStream {

    private final List<DomainEventMessage<?>> messages = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant time;

    EventStream(Instant start) {
        this.time = start;
    }

    EventStream add(String aggregateType, Object aggregateId, Object payload) {
        return add(aggregateType, aggregateId, payload, Map.of());
    }

    EventStream add(String aggregateType, Object aggregateId, Object payload, Map<String, ?> metaData) {
        String id = aggregateId.toString();
        long sequence = sequences.merge(id, 0L, (previous, ignored) -> previous + 1);
        messages.add(new GenericDomainEventMessage<>(aggregateType, id, sequence, payload, metaData,
                "event-" + messages.size(), time));
        time = time.plus(Duration.ofMinutes(1));
        return this;
    }

    /** When the last added event happened. */
    Instant lastTimestamp() {
        return messages.getLast().getTimestamp();
    }

    List<DomainEventMessage<?>> messages() {
        return List.copyOf(messages);
    }
}
