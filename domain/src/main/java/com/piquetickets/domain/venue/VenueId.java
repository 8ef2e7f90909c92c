package com.piquetickets.domain.venue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a venue. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record VenueId(UUID value) {

    public VenueId {
        Objects.requireNonNull(value, "VenueId value");
    }

    public static VenueId of(String value) {
        return new VenueId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
