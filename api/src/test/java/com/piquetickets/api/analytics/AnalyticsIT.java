package com.piquetickets.api.analytics;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.query.ProcessingGroups;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * "How many tickets had we sold at 10:00?": a scripted sale through the API, then the sales as of several instants of
 * it, and its on-sale curve; then every projection rebuilt from the event store, watched until it reaches the head,
 * leaving every read-model table exactly as it was.
 */
@PostgresIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Tables that are not the read model: the event store, Axon's bookkeeping, and the write side's own tables. */
    private static final Set<String> NOT_PROJECTED = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "saga_entry", "association_value_entry", "dead_letter_entry", "catalogue_entry", "projection_rebuild",
            "scheduled_tasks", "idempotency_key", "stripe_webhook_event", "user_credential", "auth_signing_key",
            "refresh_token", "flyway_schema_history");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void salesAsOfSeveralInstantsOfAScriptedSaleAreWhatHadHappenedByThen() throws Exception {
        ApiClient admin = TestUsers.admin(port);
        ApiClient analyst = TestUsers.user(admin, List.of("ANALYST"), List.of(), false).api();
        CatalogueFixtures catalogue = new CatalogueFixtures(admin);
        String show = catalogue.draftShow(catalogue.chargesEnabledProducer(unique("Producer")),
                catalogue.venue(unique("Venue")), unique("Scripted sale"), daysFromNow(30));
        String ga = catalogue.ticketType(show, "General admission", 100, "20.00");
        admin.put("/api/shows/" + show + "/payment-options", Map.of("offlinePaymentEnabled", true)).expect(200);
        admin.post("/api/shows/" + show + "/publish", null).expect(200);
        String sales = "/api/analytics/shows/" + show + "/sales";
        await().atMost(PATIENCE).until(() -> analyst.get(sales).status() == 200);
        Instant opened = Instant.now();

        String first = order(admin, show, ga, 2);
        Instant firstHeld = settled(analyst, sales, 0, 2);
        String second = order(admin, show, ga, 3);
        Instant bothHeld = settled(analyst, sales, 0, 5);
        admin.post("/api/orders/" + first + "/payments/confirm", Map.of("note", "cash")).expect(200);
        Instant firstPaid = settled(analyst, sales, 2, 3);
        admin.post("/api/orders/" + second + "/payments/confirm", Map.of("note", "card machine")).expect(200);
        Instant bothPaid = settled(analyst, sales, 5, 0);
        admin.post("/api/orders/" + first + "/refunds", Map.of("reason", "cannot come")).expect(202);
        await().atMost(PATIENCE).until(() -> {
            JsonNode totals = analyst.get(sales).expect(200).json().path("totals");
            return totals.path("refunded").asInt() == 2 && totals.path("refunds").path("amount").decimalValue().signum() > 0;
        });
        Instant refunded = Instant.now();

        JsonNode firstTotals = admin.get("/api/orders/" + first).expect(200).json().path("totals");
        JsonNode secondTotals = admin.get("/api/orders/" + second).expect(200).json().path("totals");
        BigDecimal firstFees = amount(firstTotals, "platformFees").add(amount(firstTotals, "paymentProcessingFees"));
        BigDecimal secondFees = amount(secondTotals, "platformFees").add(amount(secondTotals, "paymentProcessingFees"));

        assertFigures(analyst.get(sales + "?asOf=" + opened).expect(200).json(), 0, 0, 0, "0.00", "0.00", "0.00");
        assertFigures(analyst.get(sales + "?asOf=" + firstHeld).expect(200).json(), 0, 2, 0, "0.00", "0.00", "0.00");
        assertFigures(analyst.get(sales + "?asOf=" + bothHeld).expect(200).json(), 0, 5, 0, "0.00", "0.00", "0.00");
        assertFigures(analyst.get(sales + "?asOf=" + firstPaid).expect(200).json(), 2, 3, 0, "40.00",
                firstFees.toPlainString(), "0.00");
        assertFigures(analyst.get(sales + "?asOf=" + bothPaid).expect(200).json(), 5, 0, 0, "100.00",
                firstFees.add(secondFees).toPlainString(), "0.00");
        JsonNode end = analyst.get(sales + "?asOf=" + refunded).expect(200).json();
        assertFigures(end, 3, 0, 2, "100.00", firstFees.add(secondFees).toPlainString(),
                amount(admin.get("/api/orders/" + first).expect(200).json().path("totals"), "refunded").toPlainString());
        JsonNode type = end.path("ticketTypes").get(0);
        assertThat(type.path("ticketTypeId").asString()).isEqualTo(ga);
        assertThat(type.path("name").asString()).isEqualTo("General admission");
        assertThat(type.path("figures").path("checkedIn").asInt()).isZero();
        assertThat(jdbc.queryForObject("select sold from ticket where id = ?::uuid", Integer.class, ga)).isEqualTo(3);

        JsonNode series = analyst.get(sales + "/series?interval=1m&from=" + opened.minusSeconds(60) + "&to="
                + refunded.plusSeconds(60)).expect(200).json();
        List<JsonNode> intervals = series.path("intervals").valueStream().toList();
        assertThat(intervals.stream().mapToInt(i -> i.path("sold").asInt()).sum()).isEqualTo(3);
        assertThat(intervals.getLast().path("cumulativeSold").asInt()).isEqualTo(3);
        assertThat(intervals.getLast().path("cumulativeRevenue").path("amount").decimalValue())
                .isEqualByComparingTo("100.00");
        assertThat(intervals).extracting(i -> Instant.parse(i.path("start").asString()).getEpochSecond() % 60)
                .containsOnly(0L);

        HttpResponse<String> svg = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + sales
                + "/series?interval=1h&format=svg")).header("Authorization", "Bearer " + TestUsers.signIn(admin,
                TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("<path", "<rect", "3 sold").doesNotContain("href", "<script",
                "<image").endsWith("</svg>\n");

        assertThat(analyst.get(sales + "/series?interval=5m").problem(400).path("detail").asString()).contains("interval");
        assertThat(analyst.get(sales + "/series?format=png").problem(400).path("detail").asString()).contains("format");
        assertThat(analyst.get(sales + "/series?interval=1m&from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .problem(400).path("detail").asString()).contains("intervals");
        analyst.get(sales + "?asOf=last-friday").problem(400);
        analyst.get("/api/analytics/shows/" + java.util.UUID.randomUUID() + "/sales").problem(404);
        analyst.get("/api/analytics/shows/not-a-uuid/sales").problem(400);
    }

    @Test
    @Order(2)
    void rebuildingEveryProjectionReplaysToTheHeadAndLeavesEveryTableAsItWas() {
        ApiClient admin = TestUsers.admin(port);
        // Enough history that the replay can be watched while it runs: events of a type no projection handles.
        jdbc.update("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                select nextval('domain_event_entry_seq'), gen_random_uuid()::text, 'filler', n, 'Filler',
                       to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       'com.piquetickets.bench.FillerEvent', '1', convert_to('{"n":' || n || '}', 'UTF8'),
                       convert_to('{}', 'UTF8')
                  from generate_series(0, 59999) n order by n""");
        await().atMost(PATIENCE).until(() -> projections(admin).stream().allMatch(p -> p.path("lag").asLong() == 0));
        Map<String, List<String>> before = readModel();
        assertThat(before.get("sales_ledger")).isNotEmpty();

        String saga = projections(admin).stream().filter(p -> p.path("kind").asString().equals("SAGA")).findFirst()
                .orElseThrow().path("name").asString();
        assertThat(admin.post("/api/admin/projections/" + saga + "/rebuild", null).problem(409).path("code").asString())
                .isEqualTo("not-a-projection");
        admin.post("/api/admin/projections/no-such-projection/rebuild", null).problem(404);
        // Users last: while it replays, the users it has not reached yet (the admin too) cannot sign in.
        List<String> projections = new ArrayList<>(ProcessingGroups.ALL);
        projections.remove(ProcessingGroups.USERS);
        projections.add(ProcessingGroups.USERS);
        for (String projection : projections) {
            JsonNode accepted = admin.post("/api/admin/projections/" + projection + "/rebuild", null).expect(202).json();
            assertThat(accepted.path("name").asString()).isEqualTo(projection);
            assertThat(accepted.path("rebuild").path("state").asString()).isIn("REQUESTED", "STARTED");
        }
        List<JsonNode> replaying = new ArrayList<>();
        List<String> staleHeaders = new ArrayList<>();
        List<JsonNode> done = await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/admin/projections")).header("Authorization", "Bearer " + TestUsers.signIn(admin,
                    TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("Pique-Read-Model-Stale").ifPresent(staleHeaders::add);
            if (response.statusCode() != 200) {
                return List.<JsonNode>of(); // the users projection has not replayed the admin yet
            }
            List<JsonNode> statuses = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body())
                    .valueStream().filter(p -> ProcessingGroups.ALL.contains(p.path("name").asString())).toList();
            statuses.stream().filter(p -> p.path("state").asString().equals("REPLAYING")).forEach(replaying::add);
            return statuses;
        }, statuses -> !statuses.isEmpty() && statuses.stream().allMatch(p -> p.path("state").asString().equals("LIVE")
                && p.path("position").asLong() == p.path("head").asLong()
                && p.path("rebuild").path("state").asString().equals("STARTED")));

        assertThat(done).hasSize(ProcessingGroups.ALL.size()).allSatisfy(p -> {
            assertThat(p.path("lag").asLong()).isZero();
            assertThat(p.path("replayPercent").isNull()).isTrue();
        });
        assertThat(replaying).as("the replay was seen under way").isNotEmpty().allSatisfy(p -> {
            assertThat(p.path("replayPercent").asDouble()).isBetween(0.0, 100.0);
            assertThat(p.path("position").asLong()).isLessThanOrEqualTo(p.path("head").asLong());
        });
        assertThat(staleHeaders).as("responses said the read model was being rebuilt").isNotEmpty();
        assertThat(readModel()).isEqualTo(before);
    }

    private List<JsonNode> projections(ApiClient admin) {
        return admin.get("/api/admin/projections").expect(200).json().valueStream().toList();
    }

    /** Every read-model table, its rows as text in a fixed order. */
    private Map<String, List<String>> readModel() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)) {
            if (NOT_PROJECTED.contains(table)) {
                continue;
            }
            List<String> rows = new ArrayList<>(jdbc.queryForList("select * from \"" + table + "\"").stream()
                    .map(row -> new TreeMap<>(row).toString()).toList());
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }

    private static String order(ApiClient admin, String show, String ticketType, int quantity) {
        Map<String, Object> body = new HashMap<>();
        body.put("showId", show);
        body.put("buyer", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com"));
        body.put("lines", List.of(Map.of("ticketTypeId", ticketType, "quantity", quantity)));
        body.put("paymentMethod", "OFFLINE");
        return admin.anonymous().post("/api/orders", body).expect(201).text("orderId");
    }

    /** Waits until the sales show these sold and held seats now; answers an instant after that. */
    private static Instant settled(ApiClient analyst, String sales, int sold, int held) {
        await().atMost(PATIENCE).until(() -> {
            JsonNode totals = analyst.get(sales).expect(200).json().path("totals");
            return totals.path("sold").asInt() == sold && totals.path("held").asInt() == held;
        });
        return Instant.now();
    }

    private static void assertFigures(JsonNode sales, int sold, int held, int refunded, String gross, String fees,
                                      String refunds) {
        JsonNode totals = sales.path("totals");
        assertThat(totals.path("sold").asInt()).as("sold").isEqualTo(sold);
        assertThat(totals.path("held").asInt()).as("held").isEqualTo(held);
        assertThat(totals.path("refunded").asInt()).as("refunded").isEqualTo(refunded);
        assertThat(totals.path("gross").path("amount").decimalValue()).as("gross").isEqualByComparingTo(gross);
        assertThat(totals.path("fees").path("amount").decimalValue()).as("fees").isEqualByComparingTo(fees);
        assertThat(totals.path("refunds").path("amount").decimalValue()).as("refunds").isEqualByComparingTo(refunds);
        assertThat(sales.path("ticketTypes").get(0).path("figures")).isEqualTo(totals);
    }

    private static BigDecimal amount(JsonNode totals, String field) {
        return totals.path(field).path("amount").decimalValue();
    }
}
