package com.piquetickets.command.attendee;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.attendee.CheckInStatus;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.checkin.CheckInSessionId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a late-uploaded admission falls among a holder's stays. */
class VisitsTest {

    private static final CheckInSessionId DEVICE = new CheckInSessionId(UUID.fromString("00000000-0000-0000-0000-0000000c0001"));
    private static final Instant T = Instant.parse("2030-06-01T19:00:00Z");

    private static DoorScan at(String scanId, int minutes, String gate) {
        return new DoorScan(DEVICE, scanId, gate, T.plusSeconds(60L * minutes), true);
    }

    @Test
    void anAdmissionDuringAStayBelongsToIt() {
        Visits visits = Visits.NONE.admit(at("in", 0, "A")).exit(at("out", 30, "A"));
        assertThat(visits.place(T.plusSeconds(60 * 10))).isEqualTo(new Visits.During(visits.stays().getFirst()));
    }

    @Test
    void anAdmissionBeforeAStayWithNoExitBetweenTakesItsPlace() {
        Visits visits = Visits.NONE.admit(at("in", 0, "A")).exit(at("out", 30, "A")).admit(at("back", 60, "B"));
        assertThat(visits.place(T.plusSeconds(60 * 45))).isEqualTo(new Visits.Before(visits.stays().get(1)));
        Visits superseded = visits.supersede(at("back", 60, "B"), at("early", 45, "C"));
        assertThat(superseded.stays().get(1).admission().scanId()).isEqualTo("early");
        assertThat(superseded.status()).isEqualTo(new CheckInStatus(true, T, "C"));
    }

    @Test
    void anAdmissionAfterEveryStayIsANewOne() {
        Visits visits = Visits.NONE.admit(at("in", 0, "A")).exit(at("out", 30, "A"));
        assertThat(visits.place(T.plusSeconds(60 * 30))).isEqualTo(new Visits.Fresh());
        assertThat(Visits.NONE.place(T)).isEqualTo(new Visits.Fresh());
    }

    @Test
    void theStatusNamesTheFirstAdmissionAndTheLatestGate() {
        Visits visits = Visits.NONE.admit(at("in", 0, "A")).exit(at("out", 30, "A")).admit(at("back", 60, "B"));
        assertThat(visits.status()).isEqualTo(new CheckInStatus(true, T, "B"));
        assertThat(visits.exit(at("bye", 90, "B")).status()).isEqualTo(new CheckInStatus(false, T, "B"));
        assertThat(Visits.NONE.status()).isEqualTo(CheckInStatus.NEVER_ADMITTED);
    }
}
