package com.piquetickets.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.StoredEvents;
import com.piquetickets.api.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Analysts export the event history page by page, each event with its payload and who caused it. */
@PostgresIntegrationTest
class EventExportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAnalystReadsTheWholeHistoryInOrderPageByPage() {
        ApiClient admin = TestUsers.admin(port);
        String venue = admin.post("/api/venues", Map.of("name", "Exported venue", "city", "Chicago")).expect(201).text("id");
        ApiClient analyst = TestUsers.user(admin, List.of("ANALYST"), List.of(), false).api();

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
    void aPageLimitOutsideItsRangeIsRefused() {
        ApiClient admin = TestUsers.admin(port);
        assertThat(admin.get("/api/events?limit=0").problem(400).path("code").asString()).isEqualTo("invalid-input");
        admin.get("/api/events?limit=100000").problem(400);
        admin.get("/api/events?after=-5").problem(400);
    }
}
