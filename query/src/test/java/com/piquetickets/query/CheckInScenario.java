package com.piquetickets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.attendee.AdmissionUndoneEvent;
import com.piquetickets.domain.attendee.AttendeeAdmittedEvent;
import com.piquetickets.domain.attendee.AttendeeExitedEvent;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.attendee.CheckInStatus;
import com.piquetickets.domain.attendee.ConflictReason;
import com.piquetickets.domain.attendee.DoorScan;
import com.piquetickets.domain.attendee.FindAttendeeQuery;
import com.piquetickets.domain.attendee.OfflineAdmissionConflictEvent;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.domain.checkin.CheckInGateCount;
import com.piquetickets.domain.checkin.CheckInManifest;
import com.piquetickets.domain.checkin.CheckInScanView;
import com.piquetickets.domain.checkin.CheckInSessionId;
import com.piquetickets.domain.checkin.CheckInSessionOpenedEvent;
import com.piquetickets.domain.checkin.CheckInSessionRevokedEvent;
import com.piquetickets.domain.checkin.CheckInSessionView;
import com.piquetickets.domain.checkin.CheckInStats;
import com.piquetickets.domain.checkin.CheckInStatsChanged;
import com.piquetickets.domain.checkin.CheckInTicketTypeCount;
import com.piquetickets.domain.checkin.FindCheckInManifestQuery;
import com.piquetickets.domain.checkin.FindCheckInSessionByTokenHashQuery;
import com.piquetickets.domain.checkin.FindCheckInSessionsQuery;
import com.piquetickets.domain.checkin.FindCheckInStatsQuery;
import com.piquetickets.domain.checkin.ManifestTicket;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The door read model inside this module: a recorded night (two door devices, one revoked; an entry, an exit and a
 * re-entry; an undone admission; two devices that admitted the same ticket offline, uploaded in the wrong order; a
 * voided ticket admitted offline; a ticket refunded after its holder came in) goes through every projection, then the
 * query handlers answer the counts, the scan log, the sessions and the manifest. Runs on each database a subclass
 * configures.
 */
@SpringBootTest(classes = QueryTestApplication.class)
abstract class CheckInScenario {

    static final Map<String, String> TABLES = Map.of("ticket_attendee", "id", "check_in_scan", "id",
            "check_in_session", "id");

    static final ShowId SHOW = new ShowId(id("show-door"));
    static final ShowId OTHER_SHOW = new ShowId(id("show-door-other"));
    static final TicketTypeId GA = new TicketTypeId(id("ticket-door-ga"));
    static final TicketTypeId VIP = new TicketTypeId(id("ticket-door-vip"));
    static final OrderId ORDER = new OrderId(id("order-door"));
    static final AttendeeId ADA = new AttendeeId(id("attendee-door-ada"));
    static final AttendeeId GRACE = new AttendeeId(id("attendee-door-grace"));
    static final AttendeeId ALAN = new AttendeeId(id("attendee-door-alan"));
    static final AttendeeId BOB = new AttendeeId(id("attendee-door-bob"));
    static final AttendeeId CAROL = new AttendeeId(id("attendee-door-carol"));
    static final CheckInSessionId FRONT = new CheckInSessionId(id("session-front"));
    static final CheckInSessionId SIDE = new CheckInSessionId(id("session-side"));
    static final String FRONT_TOKEN_HASH = "a".repeat(64);
    static final String SIDE_TOKEN_HASH = "b".repeat(64);
    static final UUID MANAGER = id("user-manager");
    static final Instant DOORS = Instant.parse("2026-07-01T22:00:00Z");
    static final Instant EXPIRES = Instant.parse("2026-07-02T12:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    private ReadModelHarness readModel;
    private EventStream history;

    @BeforeEach
    void setUp() {
        readModel = new ReadModelHarness(context, transactionManager, jdbc, (message, handled) -> assertThat(handled)
                .as("projections handling %s", message.getPayloadType().getSimpleName()).isGreaterThanOrEqualTo(1));
        readModel.resetAll();
        history = history();
        readModel.replay(history.messages());
    }

    @Test
    void theCountsSayWhoIsInWhoCameAndWhatConflicted() {
        CheckInStats stats = stats(10);
        assertThat(stats.tickets()).as("valid tickets").isEqualTo(3);
        assertThat(stats.voided()).isEqualTo(2);
        assertThat(stats.admitted()).as("Ada, Alan and Carol; Grace's admission was undone").isEqualTo(3);
        assertThat(stats.insideNow()).isEqualTo(3);
        assertThat(stats.voidedAfterAdmission()).as("Carol").isEqualTo(1);
        assertThat(stats.conflicts()).as("two of Alan's offline scans and Bob's").isEqualTo(3);
        assertThat(stats.byTicketType()).containsExactly(
                new CheckInTicketTypeCount(GA.value(), "General admission", 2, 2, 2),
                new CheckInTicketTypeCount(VIP.value(), "VIP", 1, 1, 1));
        assertThat(stats.byGate()).containsExactly(new CheckInGateCount("Main", 3, 1), new CheckInGateCount("Side", 1, 0));
    }

    @Test
    void theLastScansAreNewestFirstWithNamesAndDevices() {
        List<CheckInScanView> scans = stats(3).lastScans();
        assertThat(scans).hasSize(3);
        CheckInScanView bob = scans.getFirst();
        assertThat(bob.firstName()).isEqualTo("Bob");
        assertThat(bob.result()).isEqualTo("CONFLICT");
        assertThat(bob.conflictReason()).isEqualTo("VOIDED");
        assertThat(bob.deviceName()).isEqualTo("Side door");
        assertThat(bob.offline()).isTrue();
        assertThat(stats(100).lastScans()).hasSize(9)
                .anySatisfy(scan -> {
                    assertThat(scan.scanId()).isEqualTo("s2");
                    assertThat(scan.superseded()).isTrue();
                    assertThat(scan.result()).isEqualTo("CONFLICT");
                })
                .anySatisfy(scan -> {
                    assertThat(scan.scanId()).isEqualTo("f3");
                    assertThat(scan.undoneAt()).isNotNull();
                })
                .anySatisfy(scan -> {
                    assertThat(scan.scanId()).isEqualTo("f4");
                    assertThat(scan.result()).isEqualTo("ADMITTED");
                    assertThat(scan.ticketTypeName()).isEqualTo("VIP");
                    assertThat(scan.deviceName()).isEqualTo("Front door");
                });
    }

    @Test
    void aTicketSaysWhetherItsHolderIsInsideAndWhenTheyFirstCameIn() {
        AttendeeView ada = attendee(ADA);
        assertThat(ada.isCheckedIn()).isTrue();
        assertThat(ada.checkedInAt()).isEqualTo(DOORS);
        AttendeeView grace = attendee(GRACE);
        assertThat(grace.isCheckedIn()).isFalse();
        assertThat(grace.checkedInAt()).isNull();
        assertThat(attendee(ALAN).checkedInAt()).as("the earlier offline scan").isEqualTo(DOORS.plusSeconds(60));
        AttendeeView carol = attendee(CAROL);
        assertThat(carol.voided()).isTrue();
        assertThat(carol.isCheckedIn()).as("a refund after admission does not un-admit").isTrue();
        assertThat(jdbc.queryForObject("select check_in_gate from ticket_attendee where id = ?", String.class, ADA.value()))
                .isEqualTo("Side");
    }

    @Test
    void aSessionIsFoundByItsTokenHashAndListedWithItsShow() {
        CheckInSessionView front = readModel.ask(new FindCheckInSessionByTokenHashQuery(FRONT_TOKEN_HASH),
                ResponseTypes.optionalInstanceOf(CheckInSessionView.class)).orElseThrow();
        assertThat(front.sessionId()).isEqualTo(FRONT.value());
        assertThat(front.showId()).isEqualTo(SHOW.value());
        assertThat(front.name()).isEqualTo("Front door");
        assertThat(front.openedBy()).isEqualTo(MANAGER);
        assertThat(front.isUsableAt(DOORS)).isTrue();
        assertThat(front.isUsableAt(EXPIRES)).isFalse();
        assertThat(readModel.ask(new FindCheckInSessionByTokenHashQuery("c".repeat(64)),
                ResponseTypes.optionalInstanceOf(CheckInSessionView.class))).isEmpty();
        List<CheckInSessionView> sessions = readModel.ask(new FindCheckInSessionsQuery(SHOW.value()),
                ResponseTypes.multipleInstancesOf(CheckInSessionView.class));
        assertThat(sessions).extracting(CheckInSessionView::name).containsExactly("Side door", "Front door");
        assertThat(sessions.getFirst().revokedAt()).isNotNull();
        assertThat(sessions.getFirst().isUsableAt(DOORS)).isFalse();
    }

    @Test
    void theFirstManifestListsValidTicketsAndLaterOnesWhatChanged() {
        CheckInManifest first = manifest(0, 1000);
        assertThat(first.tickets()).extracting(ManifestTicket::id)
                .containsExactlyInAnyOrder(ADA.value(), GRACE.value(), ALAN.value());
        assertThat(first.more()).isFalse();
        assertThat(first.tickets()).filteredOn(ticket -> ticket.id().equals(ALAN.value())).singleElement()
                .satisfies(alan -> {
                    assertThat(alan.ticketTypeName()).isEqualTo("VIP");
                    assertThat(alan.checkedIn()).isTrue();
                    assertThat(alan.orderId()).isEqualTo(ORDER.value());
                });
        assertThat(manifest(first.cursor(), 1000).tickets()).isEmpty();

        CheckInManifest paged = manifest(0, 2);
        assertThat(paged.tickets()).hasSizeLessThanOrEqualTo(2);
        assertThat(paged.more()).isTrue();
        CheckInManifest rest = manifest(paged.cursor(), 1000);
        assertThat(rest.more()).isFalse();
        assertThat(rest.tickets()).filteredOn(ManifestTicket::voided).extracting(ManifestTicket::id)
                .as("voided after the first page was read").containsExactlyInAnyOrder(BOB.value(), CAROL.value());
        assertThat(paged.tickets()).extracting(ManifestTicket::id).doesNotContain(BOB.value(), CAROL.value());
    }

    @Test
    void aChangeIsToldToTheShowsSubscribersOnly() {
        QueryUpdateEmitter emitter = context.getBean(QueryUpdateEmitter.class);
        UpdateHandlerRegistration<Object> door = emitter.registerUpdateHandler(subscription(SHOW), 16);
        UpdateHandlerRegistration<Object> other = emitter.registerUpdateHandler(subscription(OTHER_SHOW), 16);
        try {
            readModel.replay(history.messages().stream()
                    .filter(message -> message.getPayload() instanceof AttendeeExitedEvent).toList());
        } finally {
            door.complete();
            other.complete();
        }
        assertThat(door.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).collectList().block(Duration.ofSeconds(5)))
                .isNotEmpty().allMatch(update -> update.equals(new CheckInStatsChanged(SHOW.value())));
        assertThat(other.getUpdates().collectList().block(Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void redeliveryChangesNothing() {
        readModel.assertRedeliveryChangesNothing(TABLES, history.messages());
    }

    private static GenericSubscriptionQueryMessage<FindCheckInStatsQuery, CheckInStats, CheckInStatsChanged> subscription(
            ShowId show) {
        return new GenericSubscriptionQueryMessage<>(new FindCheckInStatsQuery(show.value(), 0),
                ResponseTypes.instanceOf(CheckInStats.class), ResponseTypes.instanceOf(CheckInStatsChanged.class));
    }

    private CheckInStats stats(int lastScans) {
        return readModel.ask(new FindCheckInStatsQuery(SHOW.value(), lastScans), ResponseTypes.instanceOf(CheckInStats.class));
    }

    private CheckInManifest manifest(long since, int limit) {
        return readModel.ask(new FindCheckInManifestQuery(SHOW.value(), since, limit),
                ResponseTypes.instanceOf(CheckInManifest.class));
    }

    private AttendeeView attendee(AttendeeId id) {
        Optional<AttendeeView> found = readModel.ask(new FindAttendeeQuery(id.value()),
                ResponseTypes.optionalInstanceOf(AttendeeView.class));
        return found.orElseThrow();
    }

    private static DoorScan scan(CheckInSessionId device, String scanId, String gate, int minutesAfterDoors, boolean offline) {
        return new DoorScan(device, scanId, gate, DOORS.plusSeconds(60L * minutesAfterDoors), offline);
    }

    private static CheckInStatus inside(int firstAdmittedMinutesAfterDoors, String gate) {
        return new CheckInStatus(true, DOORS.plusSeconds(60L * firstAdmittedMinutesAfterDoors), gate);
    }

    private EventStream history() {
        EventStream h = new EventStream(Instant.parse("2026-06-01T09:00:00Z"));
        h.add("Show", SHOW, new ShowDraftCreatedEvent(SHOW, new ProducerId(id("producer-door")), new Slug("door-night"),
                new ShowDetails("Door Night", null, null, DOORS.plusSeconds(1800), null, "America/New_York", null, null,
                        null, null, null, null, null, null), "USD"));
        h.add("Show", SHOW, new TicketTypeAddedEvent(SHOW, GA, ticket("General admission", false)));
        h.add("Show", SHOW, new TicketTypeAddedEvent(SHOW, VIP, ticket("VIP", true)));
        issue(h, ADA, GA, "Ada", "Lovelace");
        issue(h, GRACE, GA, "Grace", "Hopper");
        issue(h, ALAN, VIP, "Alan", "Turing");
        issue(h, BOB, GA, "Bob", "Zed");
        issue(h, CAROL, GA, "Carol", "Adams");
        h.add("Attendee", BOB, new TicketVoidedEvent(BOB, ORDER, "refunded"));
        h.add("CheckInSession", FRONT, new CheckInSessionOpenedEvent(FRONT, SHOW, "Front door", FRONT_TOKEN_HASH, EXPIRES),
                Map.of("userId", MANAGER.toString()));
        h.add("CheckInSession", SIDE, new CheckInSessionOpenedEvent(SIDE, SHOW, "Side door", SIDE_TOKEN_HASH, EXPIRES));

        // Ada comes in, goes out for a smoke and comes back through the side door.
        h.add("Attendee", ADA, admitted(ADA, GA, scan(FRONT, "f1", "Main", 0, false), inside(0, "Main")));
        h.add("Attendee", ADA, new AttendeeExitedEvent(ADA, ORDER, SHOW, GA, scan(FRONT, "f2", "Main", 30, false),
                new CheckInStatus(false, DOORS, "Main")));
        h.add("Attendee", ADA, admitted(ADA, GA, scan(SIDE, "s1", "Side", 40, false), inside(0, "Side")));
        // Grace is scanned by mistake, and the admission is taken back.
        DoorScan mistake = scan(FRONT, "f3", "Main", 5, false);
        h.add("Attendee", GRACE, admitted(GRACE, GA, mistake, inside(5, "Main")));
        h.add("Attendee", GRACE, new AdmissionUndoneEvent(GRACE, ORDER, SHOW, GA, mistake, FRONT,
                CheckInStatus.NEVER_ADMITTED));
        // Both devices were offline: the side door's later scan of Alan is uploaded first, the front's earlier one wins.
        DoorScan sideFirstUpload = scan(SIDE, "s2", "Side", 3, true);
        DoorScan frontEarlier = scan(FRONT, "f4", "Main", 1, true);
        h.add("Attendee", ALAN, admitted(ALAN, VIP, sideFirstUpload, inside(3, "Side")));
        h.add("Attendee", ALAN, new OfflineAdmissionConflictEvent(ALAN, ORDER, SHOW, VIP, ConflictReason.ALREADY_INSIDE,
                sideFirstUpload, frontEarlier, true, inside(1, "Main")));
        h.add("Attendee", ALAN, new OfflineAdmissionConflictEvent(ALAN, ORDER, SHOW, VIP, ConflictReason.ALREADY_INSIDE,
                scan(SIDE, "s3", "Side", 20, true), frontEarlier, false, inside(1, "Main")));
        // Carol comes in, and her order is refunded during the show.
        h.add("Attendee", CAROL, admitted(CAROL, GA, scan(FRONT, "f5", "Main", 10, false), inside(10, "Main")));
        h.add("Attendee", CAROL, new TicketVoidedEvent(CAROL, ORDER, "refunded"));
        h.add("CheckInSession", SIDE, new CheckInSessionRevokedEvent(SIDE, SHOW));
        // Bob's voided ticket was let in by a device with an old manifest.
        h.add("Attendee", BOB, new OfflineAdmissionConflictEvent(BOB, ORDER, SHOW, GA, ConflictReason.VOIDED,
                scan(SIDE, "s4", "Side", 25, true), null, false, CheckInStatus.NEVER_ADMITTED));
        return h;
    }

    private static void issue(EventStream h, AttendeeId attendee, TicketTypeId type, String first, String last) {
        h.add("Attendee", attendee, new TicketIssuedEvent(attendee, ORDER, SHOW, type,
                new AttendeeName(first, last, null), type.equals(VIP)));
    }

    private static AttendeeAdmittedEvent admitted(AttendeeId attendee, TicketTypeId type, DoorScan scan, CheckInStatus status) {
        return new AttendeeAdmittedEvent(attendee, ORDER, SHOW, type, scan, status);
    }

    private static TicketTypeSpec ticket(String name, boolean vip) {
        return new TicketTypeSpec(name, null, 100, Money.of("25.00", "USD"), false, null, vip);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
