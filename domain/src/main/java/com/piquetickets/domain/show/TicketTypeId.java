package com.piquetickets.domain.show;

import java.util.Objects;
import java.util.UUID;

/** Identifies a ticket type of a show. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record TicketTypeId(UUID value) {

    public TicketTypeId {
        Objects.requireNonNull(value, "TicketTypeId value");
    }

    public static TicketTypeId of(String value) {
        return new TicketTypeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
