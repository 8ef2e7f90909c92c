package com.piquetickets.api.catalogue;

import com.piquetickets.api.support.StoredEvents;
import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The catalogue end to end through REST on PostgreSQL: command, event store, projection, query. */
@PostgresIntegrationTest
class CatalogueIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    CatalogueFixtures catalogue;

    @BeforeEach
    void setUp() {
        api = TestUsers.admin(port);
        catalogue = new CatalogueFixtures(api);
    }

    @Test
    void producerBuildsAndPublishesAShowThatThePublicCanFindBySlug() {
        String venue = catalogue.venue(unique("The Laugh Factory"));
        String producer = catalogue.chargesEnabledProducer(unique("Pique Comedy"));
        String headliner = catalogue.performer(unique("Ada Laughs"));
        String opener = catalogue.performer(unique("Bo Jokes"));
        OffsetDateTime start = daysFromNow(30);
        String title = unique("Late Night Laughs");

        ApiClient.Response created = api.post("/api/shows", catalogue.showBody(producer, venue, title, start)).expect(201);
        String show = created.text("id");
        String slug = created.text("slug");
        assertThat(created.location()).endsWith("/api/shows/" + show);
        assertThat(slug).startsWith("late-night-laughs-");
        api.get("/api/shows/" + slug).problem(404); // a draft is not public

        String ticketType = catalogue.ticketType(show, "General admission", 120, "25.00");
        api.post("/api/shows/" + show + "/promo-codes", Map.of("code", "EARLYBIRD", "discount", "10")).expect(201);
        api.put("/api/shows/" + show + "/page-design",
                Map.of("primaryColor", "#112233", "secondaryColor", "#abc", "backgroundImage", "https://img.example/bg.png"))
                .expect(200);
        api.put("/api/shows/" + show + "/performers", List.of(headliner, opener)).expect(200);
        api.post("/api/shows/" + show + "/publish", null).expect(200);

        JsonNode page = api.get("/api/shows/" + slug).expect(200).json();
        assertThat(page.path("id").asString()).isEqualTo(show);
        assertThat(page.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(page.path("published").asBoolean()).isTrue();
        assertThat(page.path("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(OffsetDateTime.parse(page.path("startTime").asString()).toInstant()).isEqualTo(start.toInstant());
        assertThat(page.path("description").asString()).contains("<b>comedy</b>");
        JsonNode ticket = page.path("ticketTypes").get(0);
        assertThat(ticket.path("id").asString()).isEqualTo(ticketType);
        assertThat(ticket.path("quantity").asInt()).isEqualTo(120);
        assertThat(ticket.path("remaining").asInt()).isEqualTo(120);
        assertThat(ticket.path("price").path("amount").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(ticket.path("price").path("currency").asString()).isEqualTo("USD");
        assertThat(page.path("performers").valueStream().map(p -> p.path("id").asString()).toList())
                .containsExactly(headliner, opener);
        assertThat(page.path("venue").path("id").asString()).isEqualTo(venue);
        assertThat(page.path("pageDesign").path("primaryColor").asString()).isEqualTo("#112233");
        assertThat(page.path("promoCodes").isEmpty()).as("promo codes are not public").isTrue();

        List<String> upcoming = catalogue.ids(api.get("/api/shows?upcoming=true&venue=" + venue).expect(200));
        assertThat(upcoming).containsExactly(show);

        JsonNode managed = api.get("/api/producers/" + producer + "/shows/" + show).expect(200).json();
        assertThat(managed.path("promoCodes").get(0).path("code").asString()).isEqualTo("EARLYBIRD");
    }

    @Test
    void descriptionIsSanitisedAgainstScriptInjection() {
        String producer = catalogue.producer(unique("Producer"));
        Map<String, Object> body = catalogue.showBody(producer, null, unique("Show"), daysFromNow(10));
        body.put("description", "<p onclick=\"steal()\">Hi<script>alert(1)</script><a href=\"javascript:x()\">x</a></p>");
        String show = api.post("/api/shows", body).expect(201).text("id");

        String description = api.get("/api/producers/" + producer + "/shows/" + show).expect(200).text("description");
        assertThat(description).contains("Hi").doesNotContain("script", "onclick", "javascript:");
    }

    @Test
    void slugsAreUniqueAndStableWhenTheNameChanges() {
        String name = unique("Blue Room");
        ApiClient.Response first = api.post("/api/venues", Map.of("name", name)).expect(201);
        ApiClient.Response second = api.post("/api/venues", Map.of("name", name)).expect(201);
        assertThat(second.text("slug")).isNotEqualTo(first.text("slug")).startsWith(first.text("slug"));

        String id = first.text("id");
        JsonNode renamed = api.put("/api/venues/" + id, Map.of("name", unique("Green Room"))).expect(200).json();
        assertThat(renamed.path("slug").asString()).isEqualTo(first.text("slug"));

        String newSlug = "green-room-" + id.substring(0, 8);
        api.put("/api/venues/" + id, Map.of("name", "Green Room", "slug", newSlug)).expect(200);
        assertThat(api.get("/api/venues/" + newSlug).expect(200).text("id")).isEqualTo(id);
        api.get("/api/venues/" + first.text("slug")).problem(404);
    }

    @Test
    void requestingATakenSlugIsAConflictAndWritesNothing() {
        String taken = api.post("/api/performers", Map.of("name", unique("Solo Act"))).expect(201).text("slug");
        long before = eventCount();

        JsonNode problem = api.post("/api/performers", Map.of("name", "Another", "slug", taken)).problem(409);

        assertThat(problem.path("code").asString()).isEqualTo("slug-taken");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void publishingWithoutTicketTypesIsAConflictAndWritesNothing() {
        String show = catalogue.draftShow(catalogue.producer(unique("P")), catalogue.venue(unique("V")), unique("S"),
                daysFromNow(5));
        long before = eventCount();

        JsonNode problem = api.post("/api/shows/" + show + "/publish", null).problem(409);

        assertThat(problem.path("code").asString()).isEqualTo("show-not-publishable");
        assertThat(problem.path("detail").asString()).containsIgnoringCase("ticket type");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void promoCodesAreUniquePerShowIgnoringCase() {
        String show = catalogue.draftShow(catalogue.producer(unique("P")), null, unique("S"), daysFromNow(5));
        api.post("/api/shows/" + show + "/promo-codes", Map.of("code", "Friends", "discount", "15")).expect(201);

        JsonNode problem = api.post("/api/shows/" + show + "/promo-codes", Map.of("code", "FRIENDS", "discount", "5",
                "discountType", "FIXED_AMOUNT")).problem(409);

        assertThat(problem.path("code").asString()).isEqualTo("promo-code-taken");
        api.delete("/api/shows/" + show + "/promo-codes/friends").expect(204);
        api.post("/api/shows/" + show + "/promo-codes", Map.of("code", "FRIENDS", "discount", "5",
                "discountType", "FIXED_AMOUNT")).expect(201);
    }

    @Test
    void ticketTypesCanBeChangedAndRemoved() {
        String show = catalogue.draftShow(catalogue.producer(unique("P")), null, unique("S"), daysFromNow(5));
        String vip = catalogue.ticketType(show, "VIP", 10, "80.00");
        String pwyw = api.post("/api/shows/" + show + "/ticket-types", Map.of("name", "Pay what you want", "quantity", 50,
                "price", "0", "isDonationBased", true, "minimumDonation", "5.00")).expect(201).text("id");

        JsonNode changed = api.put("/api/shows/" + show + "/ticket-types/" + vip,
                Map.of("name", "VIP", "quantity", 12, "price", "90.5")).expect(200).json();
        assertThat(changed.path("quantity").asInt()).isEqualTo(12);
        assertThat(changed.path("price").path("amount").decimalValue()).isEqualByComparingTo("90.50");

        api.delete("/api/shows/" + show + "/ticket-types/" + vip).expect(204);
        JsonNode types = api.get("/api/producers/" + producerOf(show) + "/shows/" + show).expect(200).json().path("ticketTypes");
        assertThat(types.size()).isEqualTo(1);
        assertThat(types.get(0).path("id").asString()).isEqualTo(pwyw);
        assertThat(types.get(0).path("isDonationBased").asBoolean()).isTrue();
        assertThat(types.get(0).path("minimumDonation").path("amount").decimalValue()).isEqualByComparingTo("5.00");
    }

    @Test
    void showListsAreFilteredPaginatedAndSortedByStartTime() {
        String producer = catalogue.chargesEnabledProducer(unique("Busy Producer"));
        String venueA = catalogue.venue(unique("A"));
        String venueB = catalogue.venue(unique("B"));
        String performer = catalogue.performer(unique("Regular"));
        String late = publish(catalogue.draftShow(producer, venueA, unique("Late"), daysFromNow(40)));
        String early = publish(catalogue.draftShow(producer, venueB, unique("Early"), daysFromNow(20)));
        String middle = publish(catalogue.draftShow(producer, venueA, unique("Middle"), daysFromNow(30)));
        catalogue.draftShow(producer, venueA, unique("Still a draft"), daysFromNow(25));
        api.put("/api/shows/" + middle + "/performers", List.of(performer)).expect(200);

        ApiClient.Response all = api.get("/api/shows?producer=" + producer).expect(200);
        assertThat(catalogue.ids(all)).containsExactly(early, middle, late);
        assertThat(all.json().path("totalElements").asLong()).isEqualTo(3);

        ApiClient.Response firstPage = api.get("/api/shows?producer=" + producer + "&size=2&page=0").expect(200);
        assertThat(catalogue.ids(firstPage)).containsExactly(early, middle);
        assertThat(firstPage.json().path("totalPages").asInt()).isEqualTo(2);
        assertThat(catalogue.ids(api.get("/api/shows?producer=" + producer + "&size=2&page=1").expect(200)))
                .containsExactly(late);

        assertThat(catalogue.ids(api.get("/api/shows?venue=" + venueA).expect(200))).containsExactly(middle, late);
        assertThat(catalogue.ids(api.get("/api/shows?performer=" + performer).expect(200))).containsExactly(middle);
        String from = daysFromNow(25).toInstant().toString();
        String to = daysFromNow(35).toInstant().toString();
        assertThat(catalogue.ids(api.get("/api/shows?producer=" + producer + "&from=" + from + "&to=" + to).expect(200)))
                .containsExactly(middle);

        assertThat(api.get("/api/producers/" + producer + "/shows").expect(200).json().path("totalElements").asLong())
                .as("management sees the draft too").isEqualTo(4);
    }

    @Test
    void cancelledShowsStayVisibleByIdButLeaveLists() {
        String show = catalogue.publishedShow(unique("Doomed"), daysFromNow(12));
        String venue = api.get("/api/shows/" + show).expect(200).json().path("venueId").asString();

        api.post("/api/shows/" + show + "/cancel", Map.of("reason", "The headliner is ill")).expect(200);

        JsonNode cancelled = api.get("/api/shows/" + show).expect(200).json();
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("cancellationReason").asString()).isEqualTo("The headliner is ill");
        assertThat(catalogue.ids(api.get("/api/shows?venue=" + venue).expect(200))).isEmpty();
    }

    @Test
    void deletedShowsAreGoneAndCannotChange() {
        String producer = catalogue.producer(unique("P"));
        String show = catalogue.draftShow(producer, null, unique("Never mind"), daysFromNow(9));

        api.delete("/api/shows/" + show).expect(204);

        api.get("/api/shows/" + show).problem(404);
        api.get("/api/producers/" + producer + "/shows/" + show).problem(404);
        assertThat(api.put("/api/shows/" + show, Map.of("title", "Revived")).status()).isIn(404, 409);
    }

    @Test
    void featuredShowsKeepTheirExplicitOrder() {
        String first = catalogue.publishedShow(unique("Featured one"), daysFromNow(50));
        String second = catalogue.publishedShow(unique("Featured two"), daysFromNow(3));

        api.put("/api/featured-shows", List.of(first, second)).expect(200);
        assertThat(api.get("/api/featured-shows").expect(200).json().valueStream().map(s -> s.path("id").asString()))
                .containsExactly(first, second);

        api.put("/api/featured-shows", List.of(second, first)).expect(200);
        assertThat(api.get("/api/featured-shows").expect(200).json().valueStream().map(s -> s.path("id").asString()))
                .containsExactly(second, first);
    }

    @Test
    void commandsCarryTheRequestMetadataIntoTheirEvents() {
        ApiClient.Response created = api.post("/api/producers", Map.of("name", unique("Traced")),
                Map.of("X-Correlation-Id", "support-ticket-4711", "User-Agent", "door-scanner/2.1")).expect(201);
        assertThat(created.correlationId()).isEqualTo("support-ticket-4711");

        String metaData = jdbc.queryForObject(
                "select convert_from(meta_data, 'UTF8') from domain_event_entry where aggregate_identifier = ?",
                String.class, created.text("id"));
        assertThat(metaData).contains("support-ticket-4711", "door-scanner/2.1", "127.0.0.1");
    }

    private String publish(String show) {
        catalogue.ticketType(show, "GA", 10, "10.00");
        api.post("/api/shows/" + show + "/publish", null).expect(200);
        return show;
    }

    private String producerOf(String show) {
        return jdbc.queryForObject("select producer_id::text from show where id = ?::uuid", String.class, show);
    }

    private long eventCount() {
        return StoredEvents.count(jdbc);
    }
}
