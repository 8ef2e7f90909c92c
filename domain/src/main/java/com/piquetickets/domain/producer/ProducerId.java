package com.piquetickets.domain.producer;

import java.util.Objects;
import java.util.UUID;

/** Identifies a producer. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record ProducerId(UUID value) {

    public ProducerId {
        Objects.requireNonNull(value, "ProducerId value");
    }

    public static ProducerId of(String value) {
        return new ProducerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
