package com.piquetickets.api.messaging;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command for a REST client and lets it read its own write: once the command's events are stored, it waits
 * (briefly, bounded) for every read model that handles one of them to catch up, so the answer and the client's next GET
 * see the change. Which read models that is follows from the events themselves; no caller names them.
 */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadModelSync readModel;
    private final PublishedEventTypes published;

    Commands(CommandGateway gateway, ReadModelSync readModel, PublishedEventTypes published) {
        this.gateway = gateway;
        this.readModel = readModel;
        this.published = published;
    }

    /** Sends {@code command}, waits for its result, then for the read models its events touch. */
    public <R> R send(Object command) {
        AtomicReference<R> result = new AtomicReference<>();
        Set<Class<?>> eventTypes = published.during(() -> result.set(gateway.sendAndWait(command)));
        readModel.awaitCatchUp(eventTypes);
        return result.get();
    }
}
