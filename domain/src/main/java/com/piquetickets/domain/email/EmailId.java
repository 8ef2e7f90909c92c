package com.piquetickets.domain.email;

import java.util.Objects;
import java.util.UUID;

/** Identifies one tracked email. {@link #toString()} is the bare UUID, which Axon uses as the aggregate identifier. */
public record EmailId(UUID value) {

    public EmailId {
        Objects.requireNonNull(value, "EmailId value");
    }

    public static EmailId of(String value) {
        return new EmailId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
