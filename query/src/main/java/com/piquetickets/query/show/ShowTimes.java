package com.piquetickets.query.show;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Shows are stored as instants and shown in their own time zone, with the offset that zone has at that instant. */
final class ShowTimes {

    private ShowTimes() {
    }

    /** The zone of a show; UTC when the show has none or an id this JVM does not know. */
    static ZoneId zoneOf(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    static OffsetDateTime inZone(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
