package com.piquetickets.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With no database configured the application runs on its embedded default: an H2 file database (PostgreSQL mode)
 * under {@code PIQUE_DATA_DIR}, migrated by Flyway and validated by Hibernate. Needs no PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestUsers.class)
class EmbeddedDatabaseBootIT {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("PIQUE_DATA_DIR", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsOnAnH2FileDatabaseUnderTheDataDirectory() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL())
                    .startsWith("jdbc:h2:file:" + dataDir.resolve("piquetickets"));
        }
        assertThat(dataDir.resolve("piquetickets.mv.db")).exists();
    }

    @Test
    void flywayMigrationsHaveRun() {
        assertThat(jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }

    /** As a new user meets it: nothing configured, no offline payment, a free ticket; the order is FREE by its price. */
    @Test
    void aFreeOrderSellsWithNothingConfigured() {
        String[] show = showOnSale("0.00");

        JsonNode placed = new ApiClient(port).post("/api/orders", order(show, false)).expect(201).json();

        assertThat(placed.path("payment").path("method").asString()).isEqualTo("FREE");
        String orderId = placed.path("orderId").asString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode order = new ApiClient(port).get("/api/orders/" + orderId).expect(200).json();
            assertThat(order.path("status").asString()).isEqualTo("COMPLETED");
            assertThat(order.path("attendees").size()).isEqualTo(2);
        });
    }

    /** Without Stripe, a paid ticket of a show that takes no offline payment cannot be bought: the answer says so. */
    @Test
    void aRefusalSaysWhatTheShowFoundWrong() {
        String[] paid = showOnSale("20.00");
        String[] free = showOnSale("0.00");
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);

        assertThat(new ApiClient(port).post("/api/orders", order(paid, false)).problem(422).path("detail").asString())
                .contains("offline payment");
        assertThat(new ApiClient(port).post("/api/orders", order(free, true)).problem(422).path("detail").asString())
                .contains("VIP");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class)).isEqualTo(events);
    }

    private String[] showOnSale(String price) {
        ApiClient admin = TestUsers.admin(port);
        CatalogueFixtures catalogue = new CatalogueFixtures(admin);
        String show = catalogue.draftShow(catalogue.producer(CatalogueFixtures.unique("Producer")),
                catalogue.venue(CatalogueFixtures.unique("Hall")), CatalogueFixtures.unique("Night"),
                CatalogueFixtures.daysFromNow(10));
        String ticketType = catalogue.ticketType(show, "Entry", 10, price);
        admin.post("/api/shows/" + show + "/publish", null).expect(200);
        return new String[] {show, ticketType};
    }

    private static Map<String, Object> order(String[] show, boolean vip) {
        return Map.of("showId", show[0], "buyer", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com"),
                "lines", List.of(Map.of("ticketTypeId", show[1], "quantity", 2, "isVip", vip)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
