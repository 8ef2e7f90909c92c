package com.piquetickets.api.messaging;

import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Typed, blocking access to the query side for controllers; unwraps the gateway's futures so failures keep their type. */
@Component
public class Queries {

    private final QueryGateway gateway;

    Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> Optional<R> optional(Object query, Class<R> resultType) {
        return join(gateway.query(query, ResponseTypes.optionalInstanceOf(resultType)));
    }

    /** The single result, or a {@link NotFoundException} of {@code kind} named by {@code id} (a 404). */
    public <R> R one(Object query, Class<R> resultType, String kind, Object id) {
        return optional(query, resultType).orElseThrow(() -> new NotFoundException(kind, id));
    }

    public <R> List<R> list(Object query, Class<R> itemType) {
        return join(gateway.query(query, ResponseTypes.multipleInstancesOf(itemType)));
    }

    @SuppressWarnings("unchecked")
    public <R> PageResult<R> page(Object query, Class<R> itemType) {
        return join(gateway.query(query, ResponseTypes.instanceOf(PageResult.class)));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
