package com.piquetickets.api.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Stamps every command dispatched while serving an HTTP request with {@link RequestMetaData}; sagas keep their own. */
@Component
class RequestMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Autowired
    void registerOn(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> metaData = RequestMetaData.current();
            return metaData.isEmpty() ? command : command.andMetaData(metaData);
        };
    }
}
