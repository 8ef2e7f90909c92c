package com.piquetickets.domain.checkin;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a check-in session: one door device of one show, holding one door token. {@link #toString()} is the bare
 * UUID, which Axon uses as the aggregate identifier.
 */
public record CheckInSessionId(UUID value) {

    public CheckInSessionId {
        Objects.requireNonNull(value, "CheckInSessionId value");
    }

    public static CheckInSessionId of(String value) {
        return new CheckInSessionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
