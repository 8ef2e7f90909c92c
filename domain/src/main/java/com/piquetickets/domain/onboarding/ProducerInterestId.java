package com.piquetickets.domain.onboarding;

import java.util.Objects;
import java.util.UUID;

/** Identifies a producer-interest lead. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record ProducerInterestId(UUID value) {

    public ProducerInterestId {
        Objects.requireNonNull(value, "ProducerInterestId value");
    }

    public static ProducerInterestId of(String value) {
        return new ProducerInterestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
