package com.piquetickets.api.checkin;

import static com.piquetickets.api.checkin.DoorFixtures.PATIENCE;
import static com.piquetickets.api.checkin.DoorFixtures.exit;
import static com.piquetickets.api.checkin.DoorFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Door check-in end to end on PostgreSQL: door devices with their own tokens scan tickets by the signed code their QR
 * images hold, online and offline, while the live counts follow.
 */
@PostgresIntegrationTest
class CheckInIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every event the door writes, whatever the ticket. */
    private static final String DOOR_EVENTS = "select count(*) from domain_event_entry where payload_type in ("
            + "'com.piquetickets.domain.attendee.AttendeeAdmittedEvent', 'com.piquetickets.domain.attendee.AttendeeExitedEvent',"
            + " 'com.piquetickets.domain.attendee.AdmissionUndoneEvent',"
            + " 'com.piquetickets.domain.attendee.OfflineAdmissionConflictEvent')";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient admin;
    private DoorFixtures door;

    @BeforeEach
    void setUp() {
        admin = TestUsers.admin(port);
        door = new DoorFixtures(admin, port);
    }

    @Test
    void aDoorDeviceAdmitsATicketOnceAndSaysWhoItIs() {
        Map<String, String> show = door.showTonight();
        JsonNode order = door.freeOrder(show, 1);
        String ticket = ticket(order, 0);
        String code = door.code(ticket);
        assertThat(code).startsWith("PQ1.").hasSize(164);
        assertThat(admin.anonymous().get("/api/attendees/" + ticket + "/code").expect(200).text("code"))
                .as("the code as text is the one the QR image holds").isEqualTo(code);
        ApiClient front = door.device(show, "Front door");
        ApiClient side = door.device(show, "Side door");

        JsonNode admitted = front.post("/api/check-in/scans", scan(code, "f-1", "Main")).expect(200).json();
        assertThat(admitted.path("result").asString()).isEqualTo("ADMITTED");
        assertThat(admitted.path("attendee").path("firstName").asString()).isEqualTo("Ada");
        assertThat(admitted.path("attendee").path("ticketTypeName").asString()).isEqualTo("Free entry");
        assertThat(admitted.path("attendee").path("orderId").asString()).isEqualTo(order.path("id").asString());
        assertThat(admitted.path("message").asString()).startsWith("Admit Ada");

        JsonNode again = side.post("/api/check-in/scans", scan(code, "s-1", "Side")).expect(200).json();
        assertThat(again.path("result").asString()).isEqualTo("ALREADY_INSIDE");
        assertThat(again.path("admission").path("gate").asString()).isEqualTo("Main");
        assertThat(again.path("admission").path("at").asString()).isEqualTo(admitted.path("admission").path("at").asString());
        assertThat(again.path("message").asString()).startsWith("Already inside since");

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode stats = admin.get("/api/shows/" + show.get("show") + "/check-in/stats").expect(200).json();
            assertThat(stats.path("admitted").asLong()).isEqualTo(1);
            assertThat(stats.path("insideNow").asLong()).isEqualTo(1);
            assertThat(stats.path("byGate").get(0).path("gate").asString()).isEqualTo("Main");
            assertThat(stats.path("lastScans").get(0).path("deviceName").asString()).isEqualTo("Front door");
        });
        assertThat(admin.get("/api/attendees/" + ticket).expect(200).json().path("isCheckedIn").asBoolean()).isTrue();
        JsonNode devices = admin.get("/api/shows/" + show.get("show") + "/check-in-sessions").expect(200).json();
        assertThat(devices.valueStream().map(device -> device.path("name").asString() + ":" + device.path("scans").asLong()))
                .containsExactlyInAnyOrder("Front door:1", "Side door:1");
        assertThat(jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like '%AttendeeAdmittedEvent'", String.class, ticket))
                .contains("\"deviceName\":\"Front door\"").contains("\"deviceId\"");
    }

    @Test
    void sixteenConcurrentScansFromFourDevicesAdmitOnce() throws Exception {
        Map<String, String> show = door.showTonight();
        String ticket = ticket(door.freeOrder(show, 1), 0);
        String code = door.code(ticket);
        List<ApiClient> devices = List.of(door.device(show, "Gate 1"), door.device(show, "Gate 2"),
                door.device(show, "Gate 3"), door.device(show, "Gate 4"));
        ExecutorService scanners = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ApiClient.Response>> scans = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int scanner = i;
                scans.add(scanners.submit(() -> {
                    go.await();
                    return devices.get(scanner % 4).post("/api/check-in/scans",
                            scan(code, "rush-" + scanner, "Gate " + (scanner % 4 + 1)));
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<ApiClient.Response> scan : scans) {
                results.add(scan.get().expect(200).text("result"));
            }
            assertThat(results).filteredOn("ADMITTED"::equals).hasSize(1);
            assertThat(results).filteredOn("ALREADY_INSIDE"::equals).hasSize(15);
        } finally {
            scanners.shutdownNow();
        }
        assertThat(events(ticket, "AttendeeAdmittedEvent")).isEqualTo(1);
    }

    @Test
    void aRetriedScanIsAnsweredTheSameAndWritesNothing() {
        Map<String, String> show = door.showTonight();
        JsonNode order = door.freeOrder(show, 2);
        String ticket = ticket(order, 0);
        String other = ticket(order, 1);
        ApiClient front = door.device(show, "Front door");
        Map<String, Object> scan = scan(door.code(ticket), "retry-1", "Main");

        JsonNode first = front.post("/api/check-in/scans", scan).expect(200).json();
        long events = events(ticket, "");
        JsonNode retried = front.post("/api/check-in/scans", scan).expect(200).json();

        assertThat(retried.path("result").asString()).isEqualTo("ADMITTED");
        assertThat(retried.path("replayed").asBoolean()).isTrue();
        assertThat(retried.path("admission")).isEqualTo(first.path("admission"));
        assertThat(events(ticket, "")).isEqualTo(events);
        JsonNode reused = front.post("/api/check-in/scans", scan(door.code(other), "retry-1", "Main")).problem(422);
        assertThat(reused.path("code").asString()).isEqualTo("scan-id-reused");
        assertThat(events(other, "")).as("only its issue").isEqualTo(1);
    }

    @Test
    void anExitLetsTheHolderBackInAndAnUndoTakesBackTheLatestAdmission() {
        Map<String, String> show = door.showTonight();
        String ticket = ticket(door.freeOrder(show, 1), 0);
        String code = door.code(ticket);
        ApiClient front = door.device(show, "Front door");
        assertThat(front.post("/api/check-in/scans", scan(code, "in-1", "Main")).expect(200).text("result"))
                .isEqualTo("ADMITTED");
        assertThat(front.post("/api/check-in/scans", exit(code, "out-1", "Main")).expect(200).text("result"))
                .isEqualTo("EXITED");
        assertThat(front.post("/api/check-in/scans", exit(code, "out-2", "Main")).expect(200).text("result"))
                .isEqualTo("NOT_INSIDE");
        assertThat(front.post("/api/check-in/scans", scan(code, "in-2", "Main")).expect(200).text("result"))
                .isEqualTo("ADMITTED");

        assertThat(front.post("/api/check-in/scans/in-1/undo", null).problem(409).path("code").asString())
                .isEqualTo("undo-not-latest");
        JsonNode undone = front.post("/api/check-in/scans/in-2/undo", null).expect(200).json();
        assertThat(undone.path("tickets").get(0).path("result").asString()).isEqualTo("UNDONE");
        assertThat(front.post("/api/check-in/scans/in-2/undo", null).expect(200).json()
                .path("tickets").get(0).path("replayed").asBoolean()).isTrue();
        assertThat(front.post("/api/check-in/scans/out-1/undo", null).problem(409).path("code").asString())
                .isEqualTo("nothing-to-undo");
        front.post("/api/check-in/scans/no-such-scan/undo", null).problem(404);
        assertThat(events(ticket, "AdmissionUndoneEvent")).isEqualTo(1);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode stats = admin.get("/api/shows/" + show.get("show") + "/check-in/stats").expect(200).json();
            assertThat(stats.path("admitted").asLong()).as("the first admission stands").isEqualTo(1);
            assertThat(stats.path("insideNow").asLong()).isZero();
        });
    }

    @Test
    void offlineUploadsRecordConflictsAndCountOnceWhenSentTwice() {
        Map<String, String> show = door.showTonight();
        JsonNode order = door.freeOrder(show, 3);
        String first = ticket(order, 0);
        String second = ticket(order, 1);
        String third = ticket(order, 2);
        String refunded = ticket(door.paidOrder(show, 1), 0);
        String refundedCode = door.code(refunded);
        refund(refunded);
        Instant now = Instant.now();
        ApiClient front = door.device(show, "Front door");
        ApiClient side = door.device(show, "Side door");

        JsonNode sideUpload = side.post("/api/check-in/scans/batch", Map.of("scans", List.of(
                offline(door.code(first), "b-1", "Side", now.minusSeconds(600)),
                offline(door.code(second), "b-2", "Side", now.minusSeconds(540))))).expect(200).json();
        assertThat(sideUpload.path("counts").path("ADMITTED").asLong()).isEqualTo(2);

        Map<String, Object> frontBatch = Map.of("scans", List.of(
                offline(door.code(third), "a-2", "Main", now.minusSeconds(480)),
                offline(door.code(first), "a-1", "Main", now.minusSeconds(1200)),
                offline(refundedCode, "a-3", "Main", Instant.now())));
        JsonNode frontUpload = front.post("/api/check-in/scans/batch", frontBatch).expect(200).json();
        JsonNode results = frontUpload.path("results");
        assertThat(results.get(1).path("result").asString()).as("the earlier scan wins").isEqualTo("ADMITTED");
        assertThat(results.get(1).path("conflict").path("with").path("scanId").asString()).isEqualTo("b-1");
        assertThat(results.get(0).path("result").asString()).isEqualTo("ADMITTED");
        assertThat(results.get(2).path("result").asString()).isEqualTo("CONFLICT");
        assertThat(results.get(2).path("conflict").path("reason").asString()).isEqualTo("VOIDED");

        JsonNode expected = JSON.readTree("""
                {"admitted": 3, "insideNow": 3, "conflicts": 2}""");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode stats = admin.get("/api/shows/" + show.get("show") + "/check-in/stats").expect(200).json();
            expected.properties().forEach(field ->
                    assertThat(stats.path(field.getKey()).asLong()).as(field.getKey()).isEqualTo(field.getValue().asLong()));
            assertThat(stats.path("byGate").valueStream()
                    .map(gate -> gate.path("gate").asString() + ":" + gate.path("admissions").asLong()))
                    .containsExactlyInAnyOrder("Main:2", "Side:1");
        });
        long doorEvents = doorEvents();
        JsonNode again = front.post("/api/check-in/scans/batch", frontBatch).expect(200).json();
        assertThat(again.path("results").valueStream().map(result -> result.path("replayed").asBoolean()))
                .containsOnly(true);
        assertThat(again.path("results").get(1).path("result").asString()).isEqualTo("ADMITTED");
        assertThat(doorEvents()).isEqualTo(doorEvents);
    }

    @Test
    void aRefundAfterCheckInIsRecordedAndDoesNotUnAdmit() {
        Map<String, String> show = door.showTonight();
        String ticket = ticket(door.paidOrder(show, 1), 0);
        String code = door.code(ticket);
        ApiClient front = door.device(show, "Front door");
        front.post("/api/check-in/scans", scan(code, "p-1", "Main")).expect(200);

        refund(ticket);

        JsonNode attendee = admin.get("/api/attendees/" + ticket).expect(200).json();
        assertThat(attendee.path("isCheckedIn").asBoolean()).isTrue();
        assertThat(attendee.path("checkedInAt").asString()).isNotBlank();
        JsonNode voided = front.post("/api/check-in/scans", scan(code, "p-2", "Main")).expect(200).json();
        assertThat(voided.path("result").asString()).isEqualTo("VOIDED");
        assertThat(voided.path("admittedAt").asString()).isNotBlank();
        assertThat(jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ?"
                + " order by sequence_number", String.class, ticket)).extracting(type -> type.replaceAll(".*\\.", ""))
                .containsExactly("TicketIssuedEvent", "AttendeeAdmittedEvent", "TicketVoidedEvent");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(admin.get("/api/shows/" + show.get("show")
                + "/check-in/stats").expect(200).json().path("voidedAfterAdmission").asLong()).isEqualTo(1));
    }

    @Test
    void aGroupScanAdmitsEveryTicketOfTheOrder() {
        Map<String, String> show = door.showTonight();
        JsonNode order = door.freeOrder(show, 3);
        String code = door.code(ticket(order, 1));
        ApiClient front = door.device(show, "Front door");

        JsonNode family = front.post("/api/check-in/group-scans", Map.of("code", code, "scanId", "family-1", "gate", "Main"))
                .expect(200).json();
        assertThat(family.path("admitted").asInt()).isEqualTo(3);
        assertThat(family.path("orderId").asString()).isEqualTo(order.path("id").asString());
        JsonNode again = front.post("/api/check-in/group-scans", Map.of("code", code, "scanId", "family-2")).expect(200).json();
        assertThat(again.path("admitted").asInt()).isZero();
        assertThat(again.path("tickets").valueStream().map(ticket -> ticket.path("result").asString()))
                .containsOnly("ALREADY_INSIDE");
        assertThat(front.post("/api/check-in/group-scans", Map.of("code", code, "scanId", "family-1", "gate", "Main"))
                .expect(200).json().path("replayed").asBoolean()).isTrue();
        assertThat(front.post("/api/check-in/scans/family-1/undo", null).expect(200).json().path("tickets").size())
                .isEqualTo(3);
    }

    @Test
    void nobodyIsAdmittedBeforeCheckInOpens() {
        Map<String, String> show = door.show(OffsetDateTime.now(ZoneOffset.UTC).plusDays(30));
        String ticket = ticket(door.freeOrder(show, 1), 0);
        JsonNode early = door.device(show, "Front door").post("/api/check-in/scans", scan(door.code(ticket), "e-1", null))
                .expect(200).json();
        assertThat(early.path("result").asString()).isEqualTo("NOT_OPEN_YET");
        assertThat(early.path("opensAt").asString()).isNotBlank();
        assertThat(events(ticket, "AttendeeAdmittedEvent")).isZero();
    }

    @Test
    void theManifestCarriesTheKeyThatVerifiesCodesAndAnOldTicketsUuidStillScans() throws Exception {
        Map<String, String> show = door.showTonight();
        JsonNode order = door.freeOrder(show, 2);
        String ticket = ticket(order, 0);
        String older = ticket(order, 1);
        ApiClient front = door.device(show, "Front door");

        JsonNode manifest = front.get("/api/check-in/manifest").expect(200).json();
        assertThat(manifest.path("tickets").valueStream().map(t -> t.path("id").asString()))
                .containsExactlyInAnyOrder(ticket, older);
        JsonNode key = manifest.path("verificationKey");
        assertThat(key.path("algorithm").asString()).isEqualTo("Ed25519");
        byte[] signed = Base64.getUrlDecoder().decode(door.code(ticket).substring(4));
        PublicKey publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key.path("key").asString())));
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(signed, 0, 56);
        assertThat(verifier.verify(signed, 56, 64)).as("the manifest's key verifies the code offline").isTrue();
        long cursor = manifest.path("cursor").asLong();
        assertThat(front.get("/api/check-in/manifest?since=" + cursor).expect(200).json().path("tickets").size()).isZero();

        JsonNode legacy = front.post("/api/check-in/scans", scan(older, "uuid-1", "Main")).expect(200).json();
        assertThat(legacy.path("result").asString()).isEqualTo("ADMITTED");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode changed = front.get("/api/check-in/manifest?since=" + cursor).expect(200).json().path("tickets");
            assertThat(changed.size()).isEqualTo(1);
            assertThat(changed.get(0).path("checkedIn").asBoolean()).isTrue();
        });
    }

    @Test
    void badCodesTokensAndBodiesAreRefusedWithProblemsAndWriteNothing() {
        Map<String, String> show = door.showTonight();
        Map<String, String> otherShow = door.showTonight();
        String ticket = ticket(door.freeOrder(show, 1), 0);
        String otherTicket = ticket(door.freeOrder(otherShow, 1), 0);
        String code = door.code(ticket);
        String otherCode = door.code(otherTicket);
        ApiClient front = door.device(show, "Front door");
        long before = doorEvents();

        byte[] forged = new byte[120];
        new SecureRandom().nextBytes(forged);
        assertCode(front.post("/api/check-in/scans", scan("PQ1." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged), "bad-1", null)).problem(422), "ticket-unknown");
        char[] altered = code.toCharArray();
        altered[20] = altered[20] == 'A' ? 'B' : 'A';
        assertCode(front.post("/api/check-in/scans", scan(new String(altered), "bad-2", null)).problem(422), "ticket-unknown");
        assertCode(front.post("/api/check-in/scans", scan(otherCode, "bad-3", null)).problem(403), "wrong-show");
        assertCode(front.post("/api/check-in/scans", scan(otherTicket, "bad-4", null)).problem(403), "wrong-show");
        assertCode(front.post("/api/check-in/scans", scan(java.util.UUID.randomUUID().toString(), "bad-5", null))
                .problem(422), "ticket-unknown");
        assertCode(front.post("/api/check-in/scans", scan("hello", "bad-6", null)).problem(422), "ticket-unknown");

        assertField(front.post("/api/check-in/scans", Map.of("code", code)).problem(400), "scanId");
        assertField(front.post("/api/check-in/scans", scan(code, "has space", null)).problem(400), "scanId");
        assertField(front.post("/api/check-in/scans", Map.of("code", code, "scanId", "d-1", "direction", "SIDEWAYS"))
                .problem(400), "direction");
        assertField(front.post("/api/check-in/scans", scan("x".repeat(600), "d-2", null)).problem(400), "code");
        assertField(front.post("/api/check-in/scans", Map.of("code", code, "scanId", "d-3",
                "scannedAt", Instant.now().minusSeconds(3600).toString())).problem(400), "scannedAt");
        front.raw("POST", "/api/check-in/scans", "{not json").problem(400);
        assertField(front.post("/api/check-in/scans/batch", Map.of("scans", List.of())).problem(400), "scans");
        assertField(front.post("/api/check-in/scans/batch", Map.of("scans", List.of(Map.of("code", code, "scanId", "o-1"))))
                .problem(400), "scans[0].scannedAt");
        assertField(front.post("/api/check-in/scans/batch", Map.of("scans", List.of(
                offline(code, "o-2", null, Instant.now().minus(Duration.ofDays(30)))))).problem(400), "scans[0].scannedAt");

        assertCode(admin.post("/api/check-in/scans", scan(code, "u-1", null)).problem(403), "door-token-required");
        admin.anonymous().post("/api/check-in/scans", scan(code, "u-2", null)).problem(401);
        assertCode(front.get("/api/me").problem(403), "door-token-not-allowed");
        assertCode(front.get("/api/shows/" + show.get("show") + "/check-in/stats").problem(403), "door-token-not-allowed");
        assertThat(admin.anonymous().as("pqdoor_not-a-token-of-ours").post("/api/check-in/scans", scan(code, "t-1", null))
                .problem(401).path("detail").asString()).contains("not one we issued");

        String revokedToken = admin.post("/api/shows/" + show.get("show") + "/check-in-sessions", Map.of("name", "Lost phone"))
                .expect(201).text("token");
        String revokedSession = JSON.readTree(admin.get("/api/shows/" + show.get("show") + "/check-in-sessions")
                .expect(200).body()).valueStream().filter(device -> device.path("name").asString().equals("Lost phone"))
                .findFirst().orElseThrow().path("sessionId").asString();
        admin.delete("/api/shows/" + show.get("show") + "/check-in-sessions/" + revokedSession).expect(204);
        assertThat(admin.anonymous().as(revokedToken).post("/api/check-in/scans", scan(code, "t-2", null)).problem(401)
                .path("detail").asString()).contains("revoked");
        String expiringToken = admin.post("/api/shows/" + show.get("show") + "/check-in-sessions",
                Map.of("name", "Short shift", "expiresAt", Instant.now().plusSeconds(2).toString())).expect(201).text("token");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(admin.anonymous().as(expiringToken)
                .get("/api/check-in/manifest").problem(401).path("detail").asString()).contains("expired"));

        assertThat(doorEvents()).as("no refused request wrote a door event").isEqualTo(before);
        assertThat(events(ticket, "")).isEqualTo(1);
    }

    @Test
    void theLiveStreamDeliversAScan() throws Exception {
        Map<String, String> show = door.showTonight();
        String ticket = ticket(door.freeOrder(show, 1), 0);
        String code = door.code(ticket);
        ApiClient front = door.device(show, "Front door");
        List<String> events = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/shows/" + show.get("show") + "/check-in/stats/stream"))
                .header("Authorization", "Bearer " + TestUsers.signIn(admin, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (Stream<String> lines = stream.body()) {
                lines.filter(line -> line.startsWith("data:")).forEach(events::add);
            } catch (RuntimeException closed) {
                // the test is over
            }
        });
        try {
            await().atMost(PATIENCE).until(() -> !events.isEmpty());
            assertThat(JSON.readTree(events.getFirst().substring(5)).path("admitted").asLong()).isZero();

            front.post("/api/check-in/scans", scan(code, "live-1", "Main")).expect(200);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(events).anySatisfy(event -> {
                JsonNode stats = JSON.readTree(event.substring(5));
                assertThat(stats.path("admitted").asLong()).isEqualTo(1);
                assertThat(stats.path("lastScans").path(0).path("attendeeId").asString()).isEqualTo(ticket);
            }));
        } finally {
            reader.interrupt();
            stream.body().close();
        }
    }

    private void refund(String ticket) {
        String order = admin.get("/api/attendees/" + ticket).expect(200).text("orderId");
        admin.post("/api/orders/" + order + "/refunds", Map.of("reason", "cannot come")).expect(202);
        await().atMost(PATIENCE).until(() -> admin.get("/api/attendees/" + ticket).expect(200).json().path("voided")
                .asBoolean());
    }

    private static Map<String, Object> offline(String code, String scanId, String gate, Instant at) {
        Map<String, Object> scan = scan(code, scanId, gate);
        scan.put("scannedAt", at.toString());
        return scan;
    }

    private static String ticket(JsonNode order, int index) {
        return order.path("attendees").get(index).path("uuid").asString();
    }

    /** Events of one ticket whose type ends with {@code type} ("" for all of them). */
    private long events(String ticket, String type) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like ?", Long.class, ticket, "%" + type);
        return count == null ? 0 : count;
    }

    private long doorEvents() {
        Long count = jdbc.queryForObject(DOOR_EVENTS, Long.class);
        return count == null ? 0 : count;
    }

    private static void assertCode(JsonNode problem, String code) {
        assertThat(problem.path("code").asString()).as("problem %s", problem).isEqualTo(code);
    }

    private static void assertField(JsonNode problem, String field) {
        assertThat(problem.path("errors").valueStream().map(error -> error.path("field").asString()))
                .as("problem %s", problem).contains(field);
    }
}
