package com.piquetickets.query.show;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShowTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void anInstantIsShownWithTheOffsetItsZoneHasThen() {
        assertThat(ShowTimes.inZone(Instant.parse("2026-07-04T23:30:00Z"), NEW_YORK))
                .isEqualTo(OffsetDateTime.parse("2026-07-04T19:30:00-04:00"));
        assertThat(ShowTimes.inZone(Instant.parse("2026-12-31T23:30:00Z"), NEW_YORK))
                .as("standard time in winter").isEqualTo(OffsetDateTime.parse("2026-12-31T18:30:00-05:00"));
    }

    @Test
    void acrossAClockChangeTheSameInstantStaysTheSame() {
        Instant beforeChange = Instant.parse("2026-03-08T06:30:00Z"); // 01:30 EST, the clocks jump at 07:00Z
        Instant afterChange = Instant.parse("2026-03-08T07:30:00Z");  // 03:30 EDT
        assertThat(ShowTimes.inZone(beforeChange, NEW_YORK)).isEqualTo(OffsetDateTime.parse("2026-03-08T01:30:00-05:00"));
        assertThat(ShowTimes.inZone(afterChange, NEW_YORK)).isEqualTo(OffsetDateTime.parse("2026-03-08T03:30:00-04:00"));
    }

    @Test
    void noTimeStaysNoTime() {
        assertThat(ShowTimes.inZone(null, NEW_YORK)).isNull();
    }

    @Test
    void aMissingOrUnknownZoneIsUtc() {
        assertThat(ShowTimes.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
        assertThat(ShowTimes.zoneOf(" ")).isEqualTo(ZoneOffset.UTC);
        assertThat(ShowTimes.zoneOf("Mars/Olympus_Mons")).isEqualTo(ZoneOffset.UTC);
        assertThat(ShowTimes.zoneOf("Europe/London")).isEqualTo(ZoneId.of("Europe/London"));
    }
}
