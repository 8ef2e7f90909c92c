package com.piquetickets.api.messaging;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command and, once it is stored, lets the named projections catch up so the caller reads its own write. */
@Component
public class Commands {

    private final CommandGateway gateway;
    private final ReadModelSync readModel;

    Commands(CommandGateway gateway, ReadModelSync readModel) {
        this.gateway = gateway;
        this.readModel = readModel;
    }

    /** Sends {@code command}, waits for its result, then for {@code processingGroups} to have seen its events. */
    public <R> R send(Object command, String... processingGroups) {
        R result = gateway.sendAndWait(command);
        readModel.awaitCatchUp(processingGroups);
        return result;
    }
}
