package com.piquetickets.api.catalogue;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.api.messaging.ReadModelSync;
import com.piquetickets.query.ProcessingGroups;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import com.piquetickets.api.support.ApiClient;
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
    private static final Map<String, String> TABLES = Map.of(
            "show", "id",
            "ticket", "id",
            "ticket_promo_code", "show_id, code",
            "ticket_page_design", "show_id",
            "show_performer", "show_id, performer_id",
            "venue", "id",
            "producer", "id",
            "performer", "id",
            "featured_show", "show_id");

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
        ApiClient api = new ApiClient(port);
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
        Map<String, List<Map<String, Object>>> before = snapshot();
        assertThat(before.get("show")).isNotEmpty();

        for (String group : ProcessingGroups.ALL) {
            StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        assertThat(readModel.awaitCatchUp(ProcessingGroups.ALL.toArray(String[]::new))).isTrue();

        assertThat(snapshot()).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> rows = new java.util.TreeMap<>();
        TABLES.forEach((table, order) -> rows.put(table, jdbc.queryForList("select * from " + table + " order by " + order)));
        return rows;
    }
}
