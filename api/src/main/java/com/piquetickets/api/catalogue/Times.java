package com.piquetickets.api.catalogue;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Request times carry their offset; the domain keeps instants and the show's IANA zone separately. */
final class Times {

    private Times() {
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
