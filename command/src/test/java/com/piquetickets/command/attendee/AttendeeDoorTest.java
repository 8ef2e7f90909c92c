package com.piquetickets.command.attendee;

import static com.piquetickets.command.common.DomainFailures.ruleViolation;

import com.piquetickets.domain.attendee.AdmissionUndoneEvent;
import com.piquetickets.domain.attendee.AdmitAttendeeCommand;
import com.piquetickets.domain.attendee.AttendeeAdmittedEvent;
import com.piquetickets.domain.attendee.AttendeeExitedEvent;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.CheckInStatus;
import com.piquetickets.domain.attendee.ConflictReason;
import com.piquetickets.domain.attendee.DoorDecision;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.attendee.ExitAttendeeCommand;
import com.piquetickets.domain.attendee.OfflineAdmissionConflictEvent;
import com.piquetickets.domain.attendee.ScanResult;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.domain.attendee.UndoAdmissionCommand;
import com.piquetickets.domain.attendee.VoidTicketCommand;
import com.piquetickets.domain.checkin.CheckInSessionId;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The door rules of one ticket: who is let in, when, how often, and what an offline upload does. */
class AttendeeDoorTest {

    private static final Instant NOW = Instant.parse("2030-06-01T19:30:00Z");
    private static final AttendeeId TICKET = new AttendeeId(UUID.fromString("00000000-0000-0000-0000-0000000d0001"));
    private static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private static final ShowId SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    private static final ShowId OTHER_SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e002"));
    private static final TicketTypeId GENERAL = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f001"));
    private static final CheckInSessionId FRONT = new CheckInSessionId(UUID.fromString("00000000-0000-0000-0000-0000000c0001"));
    private static final CheckInSessionId SIDE = new CheckInSessionId(UUID.fromString("00000000-0000-0000-0000-0000000c0002"));
    private static final TicketIssuedEvent ISSUED = new TicketIssuedEvent(TICKET, ORDER, SHOW, GENERAL,
            new AttendeeName("Grace", "Hopper", "grace@example.com"), false);
    private static final Instant OPENS = NOW.minus(Duration.ofHours(1));

    private FixtureConfiguration<Attendee> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Attendee.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static DoorScan online(CheckInSessionId device, String scanId, String gate) {
        return new DoorScan(device, scanId, gate, NOW, false);
    }

    private static DoorScan offline(CheckInSessionId device, String scanId, String gate, Instant at) {
        return new DoorScan(device, scanId, gate, at, true);
    }

    private static AttendeeAdmittedEvent admitted(DoorScan scan, CheckInStatus status) {
        return new AttendeeAdmittedEvent(TICKET, ORDER, SHOW, GENERAL, scan, status);
    }

    private static AttendeeExitedEvent exited(DoorScan scan, CheckInStatus status) {
        return new AttendeeExitedEvent(TICKET, ORDER, SHOW, GENERAL, scan, status);
    }

    private static Matcher<DoorDecision> result(ScanResult expected) {
        return new CustomTypeSafeMatcher<>("a door decision " + expected) {
            @Override
            protected boolean matchesSafely(DoorDecision decision) {
                return decision.result() == expected;
            }
        };
    }

    @Test
    void aValidTicketIsAdmitted() {
        DoorScan scan = online(FRONT, "s1", "Main");
        fixture.given(ISSUED)
                .when(new AdmitAttendeeCommand(TICKET, SHOW, scan, OPENS))
                .expectEvents(admitted(scan, new CheckInStatus(true, NOW, "Main")))
                .expectResultMessagePayloadMatching(result(ScanResult.ADMITTED));
    }

    @Test
    void anAdmittedTicketIsNotAdmittedAgainAndSaysWhenAndWhere() {
        DoorScan first = online(FRONT, "s1", "Main");
        fixture.given(ISSUED, admitted(first, new CheckInStatus(true, NOW, "Main")))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, online(SIDE, "s9", "Side"), OPENS))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<DoorDecision>("already inside since the first scan") {
                    @Override
                    protected boolean matchesSafely(DoorDecision decision) {
                        return decision.result() == ScanResult.ALREADY_INSIDE && decision.admission().equals(first);
                    }
                });
    }

    @Test
    void aRetriedScanGetsTheFirstAnswerAndChangesNothing() {
        DoorScan scan = online(FRONT, "s1", "Main");
        fixture.given(ISSUED, admitted(scan, new CheckInStatus(true, NOW, "Main")))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, scan, OPENS))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<DoorDecision>("the first answer, replayed") {
                    @Override
                    protected boolean matchesSafely(DoorDecision decision) {
                        return decision.result() == ScanResult.ADMITTED && decision.replayed();
                    }
                });
    }

    @Test
    void anExitLetsTheHolderBackIn() {
        DoorScan in = online(FRONT, "s1", "Main");
        DoorScan out = online(FRONT, "s2", "Main");
        DoorScan back = online(SIDE, "s3", "Side");
        fixture.given(ISSUED, admitted(in, new CheckInStatus(true, NOW, "Main")),
                        exited(out, new CheckInStatus(false, NOW, "Main")))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, back, OPENS))
                .expectEvents(admitted(back, new CheckInStatus(true, NOW, "Side")))
                .expectResultMessagePayloadMatching(result(ScanResult.ADMITTED));
    }

    @Test
    void anExitOfSomeoneNotInsideRecordsNothing() {
        fixture.given(ISSUED)
                .when(new ExitAttendeeCommand(TICKET, SHOW, online(FRONT, "s1", "Main")))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(result(ScanResult.NOT_INSIDE));
    }

    @Test
    void anAdmissionIsUndoneByItsScanId() {
        DoorScan scan = online(FRONT, "s1", "Main");
        fixture.given(ISSUED, admitted(scan, new CheckInStatus(true, NOW, "Main")))
                .when(new UndoAdmissionCommand(TICKET, FRONT, "s1"))
                .expectEvents(new AdmissionUndoneEvent(TICKET, ORDER, SHOW, GENERAL, scan, FRONT,
                        CheckInStatus.NEVER_ADMITTED))
                .expectResultMessagePayloadMatching(result(ScanResult.UNDONE));
    }

    @Test
    void anUndoneTicketCanBeAdmittedAgain() {
        DoorScan scan = online(FRONT, "s1", "Main");
        DoorScan again = online(FRONT, "s2", "Main");
        fixture.given(ISSUED, admitted(scan, new CheckInStatus(true, NOW, "Main")),
                        new AdmissionUndoneEvent(TICKET, ORDER, SHOW, GENERAL, scan, FRONT, CheckInStatus.NEVER_ADMITTED))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, again, OPENS))
                .expectEvents(admitted(again, new CheckInStatus(true, NOW, "Main")));
    }

    @Test
    void undoingTwiceIsANoOp() {
        DoorScan scan = online(FRONT, "s1", "Main");
        fixture.given(ISSUED, admitted(scan, new CheckInStatus(true, NOW, "Main")),
                        new AdmissionUndoneEvent(TICKET, ORDER, SHOW, GENERAL, scan, FRONT, CheckInStatus.NEVER_ADMITTED))
                .when(new UndoAdmissionCommand(TICKET, FRONT, "s1"))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(result(ScanResult.UNDONE));
    }

    @Test
    void onlyTheLatestAdmissionCanBeUndone() {
        DoorScan in = online(FRONT, "s1", "Main");
        fixture.given(ISSUED, admitted(in, new CheckInStatus(true, NOW, "Main")),
                        exited(online(FRONT, "s2", "Main"), new CheckInStatus(false, NOW, "Main")))
                .when(new UndoAdmissionCommand(TICKET, FRONT, "s1"))
                .expectNoEvents()
                .expectException(ruleViolation("undo-not-latest"));
    }

    @Test
    void aScanThatAdmittedNobodyHasNothingToUndo() {
        fixture.given(ISSUED)
                .when(new UndoAdmissionCommand(TICKET, FRONT, "s1"))
                .expectNoEvents()
                .expectException(ruleViolation("nothing-to-undo"));
    }

    @Test
    void aVoidedTicketIsRefused() {
        fixture.given(ISSUED, new TicketVoidedEvent(TICKET, ORDER, "refunded"))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, online(FRONT, "s1", "Main"), OPENS))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<DoorDecision>("voided, with the reason") {
                    @Override
                    protected boolean matchesSafely(DoorDecision decision) {
                        return decision.result() == ScanResult.VOIDED && "refunded".equals(decision.voidReason());
                    }
                });
    }

    @Test
    void aTicketOfAnotherShowIsRefused() {
        fixture.given(ISSUED)
                .when(new AdmitAttendeeCommand(TICKET, OTHER_SHOW, online(FRONT, "s1", "Main"), OPENS))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(result(ScanResult.WRONG_SHOW));
    }

    @Test
    void nobodyIsAdmittedBeforeCheckInOpens() {
        fixture.given(ISSUED)
                .when(new AdmitAttendeeCommand(TICKET, SHOW, online(FRONT, "s1", "Main"), NOW.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(result(ScanResult.NOT_OPEN_YET));
    }

    @Test
    void aRefundAfterAdmissionIsRecorded() {
        fixture.given(ISSUED, admitted(online(FRONT, "s1", "Main"), new CheckInStatus(true, NOW, "Main")))
                .when(new VoidTicketCommand(TICKET, "refunded"))
                .expectEvents(new TicketVoidedEvent(TICKET, ORDER, "refunded"));
    }

    @Test
    void aTicketVoidedAfterAdmissionKeepsItsHolderInside() {
        DoorScan in = online(FRONT, "s1", "Main");
        DoorScan out = online(FRONT, "s2", "Main");
        fixture.given(ISSUED, admitted(in, new CheckInStatus(true, NOW, "Main")),
                        new TicketVoidedEvent(TICKET, ORDER, "refunded"))
                .when(new ExitAttendeeCommand(TICKET, SHOW, out))
                .expectEvents(exited(out, new CheckInStatus(false, NOW, "Main")));
    }

    @Test
    void anOfflineAdmissionOfSomeoneAlreadyInIsRecordedAsAConflictWithTheEarlierScan() {
        DoorScan first = offline(FRONT, "f1", "Main", NOW.minusSeconds(600));
        DoorScan later = offline(SIDE, "s1", "Side", NOW.minusSeconds(300));
        CheckInStatus inside = new CheckInStatus(true, first.at(), "Main");
        fixture.given(ISSUED, admitted(first, inside))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, later, null))
                .expectEvents(new OfflineAdmissionConflictEvent(TICKET, ORDER, SHOW, GENERAL, ConflictReason.ALREADY_INSIDE,
                        later, first, false, inside))
                .expectResultMessagePayloadMatching(result(ScanResult.CONFLICT));
    }

    @Test
    void theEarliestOfflineAdmissionWinsWhenItIsUploadedLast() {
        DoorScan recorded = offline(SIDE, "s1", "Side", NOW.minusSeconds(300));
        DoorScan earlier = offline(FRONT, "f1", "Main", NOW.minusSeconds(600));
        fixture.given(ISSUED, admitted(recorded, new CheckInStatus(true, recorded.at(), "Side")))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, earlier, null))
                .expectEvents(new OfflineAdmissionConflictEvent(TICKET, ORDER, SHOW, GENERAL, ConflictReason.ALREADY_INSIDE,
                        recorded, earlier, true, new CheckInStatus(true, earlier.at(), "Main")))
                .expectResultMessagePayloadMatching(result(ScanResult.ADMITTED));
    }

    @Test
    void anOfflineAdmissionAfterAnExitIsANewStay() {
        DoorScan in = offline(FRONT, "f1", "Main", NOW.minusSeconds(900));
        DoorScan out = offline(FRONT, "f2", "Main", NOW.minusSeconds(600));
        DoorScan back = offline(SIDE, "s1", "Side", NOW.minusSeconds(300));
        fixture.given(ISSUED, admitted(in, new CheckInStatus(true, in.at(), "Main")),
                        exited(out, new CheckInStatus(false, in.at(), "Main")))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, back, null))
                .expectEvents(admitted(back, new CheckInStatus(true, in.at(), "Side")));
    }

    @Test
    void aVoidedTicketAdmittedOfflineIsRecordedAsAConflict() {
        TestExecutor<Attendee> voided = fixture.given(ISSUED, new TicketVoidedEvent(TICKET, ORDER, "refunded"));
        DoorScan scan = offline(FRONT, "f1", "Main", voided.currentTime().plusSeconds(5));
        voided.when(new AdmitAttendeeCommand(TICKET, SHOW, scan, null))
                .expectEvents(new OfflineAdmissionConflictEvent(TICKET, ORDER, SHOW, GENERAL, ConflictReason.VOIDED,
                        scan, null, false, CheckInStatus.NEVER_ADMITTED))
                .expectResultMessagePayloadMatching(result(ScanResult.CONFLICT));
    }

    @Test
    void anOfflineAdmissionIsNotHeldToTheOpeningTime() {
        DoorScan scan = offline(FRONT, "f1", "Main", NOW.minusSeconds(60));
        fixture.given(ISSUED)
                .when(new AdmitAttendeeCommand(TICKET, SHOW, scan, NOW.plusSeconds(3600)))
                .expectEvents(admitted(scan, new CheckInStatus(true, scan.at(), "Main")));
    }

    @Test
    void anUploadedBatchRecordedTwiceChangesNothingTheSecondTime() {
        DoorScan first = offline(FRONT, "f1", "Main", NOW.minusSeconds(600));
        DoorScan later = offline(SIDE, "s1", "Side", NOW.minusSeconds(300));
        CheckInStatus inside = new CheckInStatus(true, first.at(), "Main");
        fixture.given(ISSUED, admitted(first, inside), new OfflineAdmissionConflictEvent(TICKET, ORDER, SHOW, GENERAL,
                        ConflictReason.ALREADY_INSIDE, later, first, false, inside))
                .when(new AdmitAttendeeCommand(TICKET, SHOW, later, null))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<DoorDecision>("the conflict, replayed") {
                    @Override
                    protected boolean matchesSafely(DoorDecision decision) {
                        return decision.result() == ScanResult.CONFLICT && decision.replayed();
                    }
                });
    }
}
