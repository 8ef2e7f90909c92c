package com.piquetickets.api.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Notes the kinds of event a command published on the thread that sent it, so that {@link Commands} knows which read
 * models a write touched. The local command bus runs a command on the sender's thread, where its events are published.
 */
@Component
class PublishedEventTypes implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final ThreadLocal<Set<Class<?>>> RECORDING = new ThreadLocal<>();

    @Autowired
    void registerOn(EventStore eventStore) {
        eventStore.registerDispatchInterceptor(this);
    }

    /** Runs {@code action} and returns the payload types of the events published meanwhile on this thread. */
    Set<Class<?>> during(Runnable action) {
        Set<Class<?>> outer = RECORDING.get();
        Set<Class<?>> types = new HashSet<>();
        RECORDING.set(types);
        try {
            action.run();
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                outer.addAll(types);
                RECORDING.set(outer);
            }
        }
        return types;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Set<Class<?>> types = RECORDING.get();
        if (types != null) {
            messages.forEach(message -> types.add(message.getPayloadType()));
        }
        return (index, message) -> message;
    }
}
