package com.piquetickets.domain.order;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "OrderId value");
    }

    public static OrderId of(String value) {
        return new OrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
