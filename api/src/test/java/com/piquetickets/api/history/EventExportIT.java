package com.piquetickets.api.history;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.StoredEvents;
import com.piquetickets.api.support.TestUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analysts export the event history: page by page, or streamed whole with filters in NDJSON, CSV and Parquet (read back
 * here with DuckDB), resumable from the position the response names, without personal fields unless staff ask, in
 * flat memory; the catalogue maps the event types; staff work the projections' dead letters.
 */
@PostgresIntegrationTest(properties = "pique.history.settle-window=2s")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventExportIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient admin;
    private String adminToken;
    private String analystToken;

    @BeforeEach
    void signIn() {
        admin = TestUsers.admin(port);
        adminToken = TestUsers.signIn(admin, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
        TestUsers.SignedIn analyst = TestUsers.user(admin, List.of("ANALYST"), List.of(), false);
        analystToken = TestUsers.signIn(admin, analyst.email(), TestUsers.PASSWORD);
    }

    @Test
    @Order(1)
    void anAnalystReadsTheWholeHistoryInOrderPageByPage() {
        String venue = admin.post("/api/venues", Map.of("name", "Exported venue", "city", "Chicago")).expect(201).text("id");
        ApiClient analyst = admin.as(analystToken);

        long storedBefore = StoredEvents.count(jdbc);
        List<JsonNode> all = new ArrayList<>();
        long after = -1;
        for (int pages = 0; pages < 10_000; pages++) {
            JsonNode page = analyst.get("/api/events?after=" + after + "&limit=3").expect(200).json();
            page.path("items").valueStream().forEach(all::add);
            if (page.path("next").isNull() || page.path("next").isMissingNode()) {
                break;
            }
            assertThat(page.path("next").asLong()).as("the cursor moves on").isGreaterThan(after);
            after = page.path("next").asLong();
        }

        assertThat(all).hasSizeGreaterThanOrEqualTo((int) storedBefore);
        assertThat(all).extracting(e -> e.path("globalIndex").asLong()).isSorted().doesNotHaveDuplicates();
        JsonNode created = all.stream().filter(e -> venue.equals(e.path("aggregateId").asString())).findFirst().orElseThrow();
        assertThat(created.path("type").asString()).isEqualTo("VenueCreatedEvent");
        assertThat(created.path("payload").path("details").path("name").asString()).isEqualTo("Exported venue");
        assertThat(created.path("metaData").path("userId").asString()).isNotBlank();
    }

    @Test
    @Order(2)
    void aPageLimitOutsideItsRangeIsRefused() {
        assertThat(admin.get("/api/events?limit=0").problem(400).path("code").asString()).isEqualTo("invalid-input");
        admin.get("/api/events?limit=100000").problem(400);
        admin.get("/api/events?after=-5").problem(400);
    }

    @Test
    @Order(3)
    void anExportFiltersByEventTypeAggregateAndTime() throws Exception {
        Instant before = Instant.now();
        String venue = new CatalogueFixtures(admin).venue(unique("Filtered venue"));
        admin.put("/api/venues/" + venue, Map.of("name", unique("Renamed venue"))).expect(200);
        Instant after = Instant.now();

        List<JsonNode> ofVenue = await().atMost(PATIENCE).until(() -> lines(analystToken,
                "/api/events/export?aggregateType=Venue&aggregateId=" + venue), lines -> lines.size() == 2);
        assertThat(ofVenue).extracting(e -> e.path("type").asString())
                .containsExactly("VenueCreatedEvent", "VenueUpdatedEvent");
        assertThat(ofVenue).allSatisfy(e -> {
            assertThat(e.path("revision").asString()).isEqualTo("1");
            assertThat(e.path("aggregateType").asString()).isEqualTo("Venue");
            assertThat(e.path("sequenceNumber").isNumber()).isTrue();
        });

        List<JsonNode> created = lines(analystToken, "/api/events/export?type=VenueCreatedEvent");
        assertThat(created).isNotEmpty().allSatisfy(e -> assertThat(e.path("type").asString()).isEqualTo("VenueCreatedEvent"));
        assertThat(created).anySatisfy(e -> assertThat(e.path("aggregateId").asString()).isEqualTo(venue));

        List<JsonNode> inWindow = lines(analystToken, "/api/events/export?type=VenueCreatedEvent,VenueUpdatedEvent&from="
                + before + "&to=" + after);
        assertThat(inWindow).extracting(e -> e.path("aggregateId").asString()).containsOnly(venue).hasSize(2);
        assertThat(inWindow).allSatisfy(e -> assertThat(Instant.parse(e.path("timestamp").asString()))
                .isBetween(before, after));
    }

    @Test
    @Order(4)
    void csvHasAColumnPerEnvelopeFieldAndTheSameRowsAsNdjson() throws Exception {
        String venue = new CatalogueFixtures(admin).venue(unique("Venue, \"quoted\""));
        String query = "/api/events/export?aggregateId=" + venue;
        await().atMost(PATIENCE).until(() -> lines(analystToken, query).size() == 1);

        HttpResponse<String> csv = HTTP.send(request(analystToken, query + "&format=csv"), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] rows = csv.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("globalIndex,eventId,type,revision,aggregateType,aggregateId,sequenceNumber,"
                + "timestamp,payload,metaData");
        assertThat(rows).hasSize(2);
        List<String> fields = csvFields(rows[1]);
        assertThat(fields).hasSize(10);
        assertThat(fields.subList(2, 7)).containsExactly("VenueCreatedEvent", "1", "Venue", venue, "0");
        JsonNode payload = JSON.readTree(fields.get(8));
        assertThat(payload.path("details").path("name").asString()).startsWith("Venue, \"quoted\"");
        assertThat(JSON.readTree(fields.get(9)).path("userId").asString()).isNotBlank();
        assertThat(lines(analystToken, query).getFirst().path("globalIndex").asString()).isEqualTo(fields.get(0));
    }

    /** The fields of one RFC 4180 row. */
    private static List<String> csvFields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Test
    @Order(5)
    void parquetReadsBackWithTheSameEventsAndTypes() throws Exception {
        String venue = new CatalogueFixtures(admin).venue(unique("Parquet venue"));
        admin.put("/api/venues/" + venue, Map.of("name", "Parquet venue renamed")).expect(200);
        String query = "/api/events/export?aggregateId=" + venue;
        List<JsonNode> ndjson = await().atMost(PATIENCE).until(() -> lines(analystToken, query), l -> l.size() == 2);

        Path file = Files.createTempFile("events-", ".parquet");
        try {
            HttpResponse<Path> parquet = HTTP.send(request(analystToken, query + "&format=parquet"),
                    HttpResponse.BodyHandlers.ofFile(file));
            assertThat(parquet.statusCode()).isEqualTo(200);
            assertThat(parquet.headers().firstValue("Content-Type").orElseThrow())
                    .isEqualTo("application/vnd.apache.parquet");
            try (Connection duckdb = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                 Statement sql = duckdb.createStatement();
                 ResultSet rows = sql.executeQuery("select globalIndex, type, aggregateId, sequenceNumber, timestamp, "
                         + "payload->>'$.details.name', typeof(globalIndex), typeof(timestamp) from read_parquet('"
                         + file + "') order by globalIndex")) {
                List<String> read = new ArrayList<>();
                while (rows.next()) {
                    assertThat(rows.getString(3)).isEqualTo(venue);
                    assertThat(rows.getString(7)).isEqualTo("BIGINT");
                    assertThat(rows.getString(8)).isEqualTo("TIMESTAMP WITH TIME ZONE");
                    read.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getLong(4) + " " + rows.getString(6));
                }
                assertThat(read).containsExactly(
                        ndjson.get(0).path("globalIndex").asLong() + " VenueCreatedEvent 0 " + ndjson.get(0).path("payload")
                                .path("details").path("name").asString(),
                        ndjson.get(1).path("globalIndex").asLong() + " VenueUpdatedEvent 1 Parquet venue renamed");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(6)
    void anExportNamesThePositionToResumeFromAndResumingThereMissesNothing() throws Exception {
        CatalogueFixtures catalogue = new CatalogueFixtures(admin);
        for (int i = 0; i < 4; i++) {
            catalogue.venue(unique("Resumed venue"));
        }
        String query = "/api/events/export?aggregateType=Venue";
        List<JsonNode> whole = await().atMost(PATIENCE).until(() -> lines(analystToken, query), l -> l.size() >= 4);

        List<JsonNode> resumed = new ArrayList<>();
        long after = -1;
        for (int round = 0; round < 1_000; round++) {
            HttpResponse<InputStream> part = HTTP.send(request(analystToken, query + "&limit=3&after=" + after),
                    HttpResponse.BodyHandlers.ofInputStream());
            List<JsonNode> lines = read(part.body());
            long resumeAfter = Long.parseLong(part.headers().firstValue("Pique-Resume-After").orElseThrow());
            assertThat(part.headers().firstValue("Link").orElseThrow()).contains("after=" + resumeAfter);
            assertThat(lines).hasSizeLessThanOrEqualTo(3);
            if (lines.isEmpty()) {
                break;
            }
            assertThat(resumeAfter).as("the position of the last event written").isEqualTo(
                    lines.getLast().path("globalIndex").asLong());
            resumed.addAll(lines);
            after = resumeAfter;
        }
        assertThat(resumed).extracting(e -> e.path("eventId").asString())
                .containsExactlyElementsOf(whole.stream().map(e -> e.path("eventId").asString()).toList());
    }

    @Test
    @Order(7)
    void anExportStopsBelowAGapAnOpenTransactionMayStillFill() throws Exception {
        Long gap = jdbc.queryForObject("select nextval('domain_event_entry_seq')", Long.class);
        insertFiller(1, "gap-after");
        HttpResponse<InputStream> early = HTTP.send(request(analystToken, "/api/events/export?limit=1&after=" + (gap - 1)),
                HttpResponse.BodyHandlers.ofInputStream());
        read(early.body());
        assertThat(Long.parseLong(early.headers().firstValue("Pique-Resume-After").orElseThrow()))
                .as("nothing at or past a young gap is handed out").isLessThan(gap);

        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpResponse<InputStream> settled = HTTP.send(request(analystToken, "/api/events/export?after=" + (gap - 1)),
                    HttpResponse.BodyHandlers.ofInputStream());
            List<JsonNode> lines = read(settled.body());
            assertThat(lines).extracting(e -> e.path("globalIndex").asLong()).contains(gap + 1);
        });
    }

    @Test
    @Order(8)
    void personalFieldsAreLeftOutUnlessStaffAskForThem() throws Exception {
        CatalogueFixtures catalogue = new CatalogueFixtures(admin);
        String show = catalogue.draftShow(catalogue.producer(unique("Producer")), catalogue.venue(unique("Venue")),
                unique("Private show"), daysFromNow(10));
        String free = catalogue.ticketType(show, "Free", 10, "0.00");
        admin.post("/api/shows/" + show + "/publish", null).expect(200);
        String order = admin.anonymous().post("/api/orders", Map.of("showId", show, "buyer", Map.of("firstName", "Ada",
                "lastName", "Lovelace", "email", "ada@example.com"), "lines", List.of(Map.of("ticketTypeId", free,
                "quantity", 1)))).expect(201).text("orderId");
        String query = "/api/events/export?aggregateId=" + order + "&type=OrderPlacedEvent";
        JsonNode placed = await().atMost(PATIENCE).until(() -> lines(analystToken, query), l -> l.size() == 1).getFirst();

        assertThat(placed.path("payload").path("buyer").has("email")).isFalse();
        assertThat(placed.path("payload").path("buyer").has("firstName")).isFalse();
        assertThat(placed.path("payload").path("showId").path("value").asString()).isEqualTo(show);
        assertThat(placed.path("metaData").has("clientIp")).isFalse();
        assertThat(placed.path("metaData").has("correlationId")).isTrue();

        HttpResponse<String> refused = HTTP.send(request(analystToken, query + "&personal=true"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("staff");

        JsonNode withPersonal = lines(adminToken, query + "&personal=true").getFirst();
        assertThat(withPersonal.path("payload").path("buyer").path("email").asString()).isEqualTo("ada@example.com");
        assertThat(withPersonal.path("metaData").has("clientIp")).isTrue();

        List<JsonNode> ofShow = await().atMost(PATIENCE).until(() -> lines(analystToken, "/api/events/export?show=" + show),
                l -> l.stream().anyMatch(e -> e.path("type").asString().equals("TicketIssuedEvent")));
        assertThat(ofShow).extracting(e -> e.path("aggregateId").asString()).contains(show, order);
        assertThat(ofShow).filteredOn(e -> e.path("type").asString().equals("TicketIssuedEvent"))
                .allSatisfy(e -> assertThat(e.path("payload").path("attendee").has("email")).isFalse());
    }

    @Test
    @Order(9)
    void theCatalogueListsEveryEventTypeWithItsRevisionCountTimesAndShape() {
        new CatalogueFixtures(admin).venue(unique("Catalogued venue"));
        JsonNode types = admin.as(analystToken).get("/api/events/types").expect(200).json();
        JsonNode venueCreated = types.valueStream().filter(t -> t.path("type").asString().equals("VenueCreatedEvent"))
                .findFirst().orElseThrow();
        long stored = jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like '%.VenueCreatedEvent'",
                Long.class);
        assertThat(venueCreated.path("count").asLong()).isEqualTo(stored);
        assertThat(venueCreated.path("revision").asString()).isEqualTo("1");
        assertThat(venueCreated.path("storedRevisions").path("1").asLong()).isEqualTo(stored);
        assertThat(venueCreated.path("aggregateType").asString()).isEqualTo("Venue");
        assertThat(Instant.parse(venueCreated.path("firstSeen").asString()))
                .isBeforeOrEqualTo(Instant.parse(venueCreated.path("lastSeen").asString()));
        assertThat(venueCreated.path("payloadShape").path("details").path("name").asString()).isEqualTo("string");
        assertThat(types.valueStream().filter(t -> t.path("type").asString().equals("OrderPlacedEvent")).findFirst()
                .orElseThrow().path("personalFields").valueStream().map(JsonNode::asString))
                .contains("buyer.email", "buyer.firstName", "lines[].attendees[].email");
    }

    @Test
    @Order(10)
    void badExportRequestsAreRefusedNamingTheProblem() throws Exception {
        ApiClient analyst = admin.as(analystToken);
        assertThat(analyst.get("/api/events/export?format=xml").problem(400).path("detail").asString()).contains("format");
        assertThat(analyst.get("/api/events/export?type=NoSuchEvent").problem(400).path("detail").asString())
                .contains("NoSuchEvent");
        assertThat(analyst.get("/api/events/export?limit=0").problem(400).path("detail").asString()).contains("limit");
        assertThat(analyst.get("/api/events/export?after=-7").problem(400).path("detail").asString()).contains("after");
        assertThat(analyst.get("/api/events/export?aggregateType=Drop%3Btable").problem(400).path("detail").asString())
                .contains("aggregateType");
        assertThat(analyst.get("/api/events/export?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z").problem(400)
                .path("detail").asString()).contains("to");
        analyst.get("/api/events/export?from=yesterday").problem(400);
        analyst.get("/api/events/export?show=" + java.util.UUID.randomUUID()).problem(404);
    }

    @Test
    @Order(11)
    void staffListRetryAndDiscardAProjectionsDeadLetters() {
        CatalogueFixtures catalogue = new CatalogueFixtures(admin);
        String show = catalogue.draftShow(catalogue.producer(unique("Producer")), catalogue.venue(unique("Venue")),
                unique("Dead-letter show"), daysFromNow(12));
        String free = catalogue.ticketType(show, "Free", 50, "0.00");
        admin.post("/api/shows/" + show + "/publish", null).expect(200);
        String order = admin.anonymous().post("/api/orders", Map.of("showId", show, "buyer", Map.of("firstName", "Dee",
                "lastName", "Letter", "email", "dee@example.com"), "lines", List.of(Map.of("ticketTypeId", free,
                "quantity", 1)))).expect(201).text("orderId");
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("select count(*) from sales_seat where order_id = ?::uuid",
                Long.class, order) == 1);

        // Another reservation of the show, for an order the ledger has as another show's: it refuses to count it.
        String[] first = reservationTheLedgerCannotStore(show, order);
        String group = "/api/admin/projections/sales-ledger/dead-letters";
        JsonNode sequences = await().atMost(PATIENCE).until(() -> admin.get(group).expect(200).json(),
                list -> list.size() == 1);
        JsonNode letter = sequences.get(0).path("letters").get(0);
        assertThat(sequences.get(0).path("sequence").asString()).isEqualTo(show);
        assertThat(letter.path("eventId").asString()).isEqualTo(first[0]);
        assertThat(letter.path("eventType").asString()).isEqualTo("TicketsReservedEvent");
        assertThat(letter.path("aggregateType").asString()).isEqualTo("Show");
        assertThat(letter.path("aggregateId").asString()).isEqualTo(show);
        assertThat(letter.path("sequenceNumber").isNumber()).isTrue();
        assertThat(letter.path("globalIndex").isNumber()).isTrue();
        assertThat(letter.path("causeType").asString()).isNotBlank();
        assertThat(Instant.parse(letter.path("firstFailure").asString()))
                .isBeforeOrEqualTo(Instant.parse(letter.path("lastFailure").asString()));
        assertThat(admin.get("/api/admin/projections").expect(200).json().valueStream()
                .filter(p -> p.path("name").asString().equals("sales-ledger")).findFirst().orElseThrow()
                .path("deadLetters").asLong()).isEqualTo(1);

        assertThat(admin.post(group + "/" + show + "/retry", null).expect(200).json().path("resolved").asBoolean())
                .as("still failing").isFalse();
        assertThat(admin.get(group).expect(200).json().get(0).path("letters").size()).isEqualTo(1);

        jdbc.update("delete from sales_order where order_id = ?::uuid", first[1]);
        assertThat(admin.post(group + "/" + show + "/retry", null).expect(200).json().path("resolved").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from sales_ledger where event_id = ? and held = 1", Long.class,
                first[0])).isEqualTo(1);
        assertThat(admin.get(group).expect(200).json().size()).isZero();

        reservationTheLedgerCannotStore(show, order);
        await().atMost(PATIENCE).until(() -> admin.get(group).expect(200).json().size() == 1);
        assertThat(admin.delete(group + "/" + show).expect(200).json().path("discarded").asInt()).isEqualTo(1);
        assertThat(admin.get(group).expect(200).json().size()).isZero();
        admin.delete(group + "/" + show).problem(404);
        admin.get("/api/admin/projections/no-such-projection/dead-letters").problem(404);
    }

    /**
     * Copies the order's TicketsReservedEvent as a new order's, after telling the ledger that order is another show's;
     * answers the new event's id and the new order's.
     */
    private String[] reservationTheLedgerCannotStore(String show, String order) {
        String eventId = java.util.UUID.randomUUID().toString();
        String newOrder = java.util.UUID.randomUUID().toString();
        jdbc.update("insert into sales_order (order_id, show_id, refunded) values (?::uuid, ?::uuid, 0)", newOrder,
                java.util.UUID.randomUUID().toString());
        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                select nextval('domain_event_entry_seq'), ?, e.aggregate_identifier,
                       (select max(sequence_number) + 1 from domain_event_entry where aggregate_identifier = ?), e.type,
                       e.time_stamp, e.payload_type, e.payload_revision,
                       convert_to(replace(convert_from(e.payload, 'UTF8'), ?, ?), 'UTF8'), e.meta_data
                  from domain_event_entry e
                 where e.aggregate_identifier = ? and e.payload_type like '%.TicketsReservedEvent'
                   and convert_from(e.payload, 'UTF8') like ?""",
                eventId, show, order, newOrder, show, "%" + order + "%");
        return new String[] {eventId, newOrder};
    }

    @Test
    @Order(100)
    void aLargeExportStreamsInFlatMemory() throws Exception {
        int events = 25_000;
        insertFiller(events, "x".repeat(5_000));
        // Measured once the processors have passed over the new events (their reading is not the export's memory).
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> admin
                .get("/api/admin/projections").expect(200).json().valueStream().allMatch(p -> p.path("lag").asLong() == 0));

        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        HttpResponse<InputStream> response = HTTP.send(request(analystToken, "/api/events/export?after=-1"),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        long peak = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = body.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (lines > 0 && lines % 5_000 < 20) {
                    System.gc();
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed() - baseline);
                }
            }
        }
        assertThat(lines).isGreaterThanOrEqualTo(events);
        assertThat(bytes).as("an export larger than any buffer").isGreaterThan(100L * 1024 * 1024);
        assertThat(peak).as("heap held while %d MB streamed", bytes >> 20).isLessThan(48L * 1024 * 1024);
    }

    private static final String FILLER_TYPE = "com.piquetickets.bench.FillerEvent";

    /** Events of a type no handler knows (every processor passes over them), inserted as the store would keep them. */
    private void insertFiller(int count, String text) {
        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                select nextval('domain_event_entry_seq'), gen_random_uuid()::text, 'filler-' || ?, n, 'Filler',
                       to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ?, '1',
                       convert_to('{"n":' || n || ',"text":"' || ? || '"}', 'UTF8'), convert_to('{}', 'UTF8')
                  from generate_series(0, ? - 1) n order by n""",
                java.util.UUID.randomUUID().toString(), FILLER_TYPE, text, count);
    }

    private HttpRequest request(String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private List<JsonNode> lines(String token, String path) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HTTP.send(request(token, path), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        return read(response.body());
    }

    private static List<JsonNode> read(InputStream body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
