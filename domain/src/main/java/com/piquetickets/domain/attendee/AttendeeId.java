package com.piquetickets.domain.attendee;

import java.util.Objects;
import java.util.UUID;

/** Identifies an attendee: one issued ticket (its signed ticket code names it; older tickets show the bare UUID). {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record AttendeeId(UUID value) {

    public AttendeeId {
        Objects.requireNonNull(value, "AttendeeId value");
    }

    public static AttendeeId of(String value) {
        return new AttendeeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
