package com.piquetickets.api.catalogue;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.messaging.ReadModelSync;
import com.piquetickets.query.ProcessingGroups;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A projection rebuilt from the event store (tokens reset, history replayed) produces exactly the same rows. */
@PostgresIntegrationTest
class ReplayIT {

    /** Each read table with the order that makes its rows comparable. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("show", "id"),
            Map.entry("ticket", "id"),
            Map.entry("ticket_promo_code", "show_id, code"),
            Map.entry("ticket_page_design", "show_id"),
            Map.entry("show_performer", "show_id, performer_id"),
            Map.entry("venue", "id"),
            Map.entry("producer", "id"),
            Map.entry("performer", "id"),
            Map.entry("featured_show", "show_id"),
            Map.entry("ticket_hold", "order_id, ticket_type_id"),
            Map.entry("\"order\"", "id"),
            Map.entry("ticket_order", "id"),
            Map.entry("ticket_attendee", "id"),
            Map.entry("email_tracking", "id"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ReadModelSync readModel;

    @Test
    void replayingEveryCatalogueProjectionRebuildsTheSameRows() {
        ApiClient api = TestUsers.admin(port);
        CatalogueFixtures catalogue = new CatalogueFixtures(api);
        String show = catalogue.publishedShow(unique("Replayed"), daysFromNow(14));
        String performer = catalogue.performer(unique("Replayed performer"));
        api.put("/api/shows/" + show + "/performers", List.of(performer)).expect(200);
        api.post("/api/shows/" + show + "/promo-codes", Map.of("code", "REPLAY", "discount", "20", "maxUses", 5)).expect(201);
        api.put("/api/shows/" + show + "/page-design", Map.of("primaryColor", "#000000")).expect(200);
        api.put("/api/featured-shows", List.of(show)).expect(200);
        String renamed = catalogue.venue(unique("Renamed later"));
        api.put("/api/venues/" + renamed, Map.of("name", unique("Renamed"))).expect(200);
        api.post("/api/venues/" + renamed + "/deactivate", null).expect(200);
        String freeShow = catalogue.draftShow(catalogue.producer(unique("Free")), catalogue.venue(unique("Hall")),
                unique("Free night"), daysFromNow(9));
        String free = catalogue.ticketType(freeShow, "Free", 30, "0.00");
        api.post("/api/shows/" + freeShow + "/publish", null).expect(200);
        String order = api.post("/api/orders", Map.of("showId", freeShow, "buyer", Map.of("firstName", "Rey",
                "lastName", "Play", "email", "rey@example.com"), "lines", List.of(Map.of("ticketTypeId", free,
                "quantity", 2)))).expect(201).text("orderId");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from email_tracking where order_id = ?::uuid and status = 'SENT'", Long.class, order) == 1);
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThat(before.get("show")).isNotEmpty();

        List<StreamingEventProcessor> processors = ProcessingGroups.ALL.stream()
                .map(group -> processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow())
                .toList();
        for (StreamingEventProcessor processor : processors) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        // Caught up means: every segment claimed again, past the replay, and at the head of the event store.
        await().atMost(Duration.ofSeconds(30)).until(() -> processors.stream().allMatch(
                processor -> !processor.processingStatus().isEmpty() && !processor.isReplaying()));
        assertThat(readModel.awaitCatchUp(ProcessingGroups.ALL.toArray(String[]::new))).isTrue();

        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new java.util.TreeMap<>();
        TABLES.forEach((table, order) -> rows.put(table, jdbc.queryForList("select * from " + table + " order by " + order)));
        return rows;
    }
}
