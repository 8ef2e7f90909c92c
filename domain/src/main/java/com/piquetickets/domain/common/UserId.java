package com.piquetickets.domain.common;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user (an author or actor). {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "UserId value");
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
