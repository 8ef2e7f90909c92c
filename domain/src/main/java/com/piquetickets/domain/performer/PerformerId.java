package com.piquetickets.domain.performer;

import java.util.Objects;
import java.util.UUID;

/** Identifies a performer. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record PerformerId(UUID value) {

    public PerformerId {
        Objects.requireNonNull(value, "PerformerId value");
    }

    public static PerformerId of(String value) {
        return new PerformerId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
