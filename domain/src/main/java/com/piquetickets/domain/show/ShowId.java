package com.piquetickets.domain.show;

import java.util.Objects;
import java.util.UUID;

/** Identifies a show. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record ShowId(UUID value) {

    public ShowId {
        Objects.requireNonNull(value, "ShowId value");
    }

    public static ShowId of(String value) {
        return new ShowId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
