package com.piquetickets.api.catalogue;

import com.piquetickets.api.support.StoredEvents;
import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.api.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Bad input gets a 4xx problem document that names the problem, and writes no event. */
@PostgresIntegrationTest
class BadInputIT {

    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    CatalogueFixtures catalogue;
    String producer;
    String show;

    @BeforeEach
    void setUp() {
        api = TestUsers.admin(port);
        catalogue = new CatalogueFixtures(api);
        producer = catalogue.producer(unique("P"));
        show = catalogue.draftShow(producer, null, unique("S"), daysFromNow(7));
    }

    /** method, path, body (with {show} and {producer} placeholders), expected status, the field or code it names. */
    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("POST", "/api/venues", "{\"name\": ", 400, "malformed-request"),
                Arguments.of("POST", "/api/venues", "", 400, "malformed-request"),
                Arguments.of("POST", "/api/venues", "[1,2]", 400, "body"),
                Arguments.of("POST", "/api/venues", "{}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"  \"}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"x\", \"slug\": \"Not A Slug\"}", 400, "slug"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"x\", \"website\": \"ftp://nope\"}", 400, "website"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"" + "x".repeat(201) + "\"}", 400, "name"),
                Arguments.of("POST", "/api/performers", "{\"name\": \"x\", \"bio\": {\"a\": 1}}", 400, "bio"),
                Arguments.of("POST", "/api/producers", "{\"name\": null}", 400, "name"),
                Arguments.of("PUT", "/api/venues/not-a-uuid", "{\"name\": \"x\"}", 400, "id"),
                Arguments.of("PUT", "/api/venues/" + UNKNOWN, "{\"name\": \"x\"}", 404, "not-found"),
                Arguments.of("POST", "/api/venues/" + UNKNOWN + "/deactivate", "", 404, "not-found"),
                Arguments.of("POST", "/api/shows", "{\"title\": \"No producer\"}", 400, "producerId"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"title\": \"No zone\"}", 400, "timeZone"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"title\": \"x\", \"timeZone\": \"UTC\", \"startTime\": \"tomorrow\"}",
                        400, "startTime"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"title\": \"x\", \"timeZone\": \"Mars/Olympus\"}",
                        400, "timeZone"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"title\": \"x\", \"timeZone\": \"UTC\", \"currency\": \"XYZ\"}",
                        400, "currency"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"title\": \"x\", "
                        + "\"startTime\": \"2031-01-01T20:00:00Z\", \"endTime\": \"2031-01-01T19:00:00Z\", \"timeZone\": \"UTC\"}",
                        400, "endTime"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"" + UNKNOWN + "\", \"title\": \"x\", \"timeZone\": \"UTC\"}", 422, "producerId"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"venueId\": \"" + UNKNOWN + "\", \"title\": \"x\", \"timeZone\": \"UTC\"}",
                        422, "venueId"),
                Arguments.of("GET", "/api/shows/" + UNKNOWN, null, 404, "show-not-found"),
                Arguments.of("GET", "/api/shows?page=-1", null, 400, "page"),
                Arguments.of("GET", "/api/shows?size=1000", null, 400, "size"),
                Arguments.of("GET", "/api/shows?venue=nope", null, 400, "venue"),
                Arguments.of("GET", "/api/shows?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", null, 400, "from"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"GA\", \"quantity\": 0, \"price\": 10}", 400, "quantity"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"GA\", \"quantity\": 5, \"price\": -1}", 400, "price"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"GA\", \"quantity\": 5, \"price\": 1.005}", 400, "price"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"GA\", \"quantity\": 5}", 400, "price"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"GA\", \"quantity\": \"many\", \"price\": 1}", 400, "quantity"),
                Arguments.of("POST", "/api/shows/" + UNKNOWN + "/ticket-types", "{\"name\": \"GA\", \"quantity\": 5, \"price\": 1}", 404, "not-found"),
                Arguments.of("PUT", "/api/shows/{show}/ticket-types/" + UNKNOWN, "{\"name\": \"GA\", \"quantity\": 5, \"price\": 1}", 404, "ticket-type-not-found"),
                Arguments.of("DELETE", "/api/shows/{show}/ticket-types/" + UNKNOWN, null, 404, "ticket-type-not-found"),
                Arguments.of("POST", "/api/shows/{show}/promo-codes", "{\"code\": \"x\", \"discount\": 10}", 400, "code"),
                Arguments.of("POST", "/api/shows/{show}/promo-codes", "{\"code\": \"SAVE\", \"discount\": 150}", 400, "discount"),
                Arguments.of("POST", "/api/shows/{show}/promo-codes", "{\"code\": \"SAVE\", \"discount\": 10, \"discountType\": \"BOGO\"}", 400, "discountType"),
                Arguments.of("DELETE", "/api/shows/{show}/promo-codes/NOPE", null, 404, "promo-code-not-found"),
                Arguments.of("PUT", "/api/shows/{show}/page-design", "{\"primaryColor\": \"red\"}", 400, "primaryColor"),
                Arguments.of("PUT", "/api/shows/{show}/performers", "[\"" + UNKNOWN + "\"]", 422, "performerIds"),
                Arguments.of("PUT", "/api/shows/{show}/performers", "{\"performers\": []}", 400, "body"),
                Arguments.of("POST", "/api/shows/{show}/cancel", "{}", 400, "reason"),
                Arguments.of("POST", "/api/shows/{show}/publish", "", 409, "show-not-publishable"),
                Arguments.of("POST", "/api/shows/{show}/unpublish", "", 409, null),
                Arguments.of("PUT", "/api/featured-shows", "[\"" + UNKNOWN + "\"]", 422, "showIds"),
                // Text no field has a place for, refused at the boundary by one rule for every field
                Arguments.of("POST", "/api/venues", "{\"name\": \"E\\u0000ve\"}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"bell\\u0007\"}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"c1\\u0085\"}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"two\\nlines\"}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"evil\\u202egnp.exe\"}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"lone \\ud800\"}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"x\", \"description\": \"a\\u0000b\"}", 400, "description"),
                Arguments.of("POST", "/api/producers", "{\"name\": \"x\", \"bio\": \"ok\\n\\u001b[31m\"}", 400, "bio"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"G\\u0000A\", \"quantity\": 5, \"price\": 1}", 400, "name"),
                // Lenient coercion: a number is no date, a fraction no whole number, a number no boolean
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"title\": \"x\", \"timeZone\": \"UTC\", \"startTime\": 12345}",
                        400, "startTime"),
                Arguments.of("POST", "/api/shows", "{\"producerId\": \"{producer}\", \"title\": \"x\", \"timeZone\": \"UTC\", \"startTime\": \"12345\"}",
                        400, "startTime"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"GA\", \"quantity\": 1.5, \"price\": 1}", 400, "quantity"),
                Arguments.of("POST", "/api/shows/{show}/ticket-types", "{\"name\": \"GA\", \"quantity\": 5, \"price\": 1, \"vipAllowed\": 2}",
                        400, "vipAllowed"),
                Arguments.of("POST", "/api/venues", "{\"name\": 12}", 400, "name"),
                Arguments.of("POST", "/api/venues", "{\"name\": \"x\", \"extra\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                        400, "nested too deeply"));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("badRequests")
    void badInputIsAProblemDocumentAndWritesNoEvent(String method, String path, String body, int status, String named) {
        String resolvedPath = path.replace("{show}", show);
        String resolvedBody = body == null ? null : body.replace("{show}", show).replace("{producer}", producer);
        long before = eventCount();

        ApiClient.Response response = resolvedBody == null && method.equals("GET") ? api.get(resolvedPath)
                : resolvedBody == null && method.equals("DELETE") ? api.delete(resolvedPath)
                : api.raw(method, resolvedPath, resolvedBody == null ? "" : resolvedBody);

        JsonNode problem = response.problem(status);
        if (named != null) {
            assertThat(List.of(problem.path("code").asString(), fieldsOf(problem), problem.path("detail").asString()))
                    .as("problem %s names %s", problem, named)
                    .anySatisfy(text -> assertThat(text).contains(named));
        }
        assertThat(eventCount()).as("events written").isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        long before = eventCount();
        String huge = "{\"name\": \"x\", \"description\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";

        JsonNode problem = api.raw("POST", "/api/venues", huge).problem(413);

        assertThat(problem.path("code").asString()).isEqualTo("body-too-large");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void multiLineTextsKeepTheirLineBreaksAndTabs() {
        ApiClient.Response created = api.raw("POST", "/api/venues",
                "{\"name\": \"" + unique("Lines") + "\", \"description\": \"first line\\r\\n\\tindented\"}").expect(201);

        assertThat(api.get("/api/venues/" + created.text("id")).text("description")).isEqualTo("first line\r\n\tindented");
    }

    @Test
    void aBadJsonBodyIsDescribedInTheClientsTermsNotTheParsers() {
        JsonNode problem = api.raw("POST", "/api/venues", "{\"name\": \"x\",}").problem(400);

        assertThat(problem.path("detail").asString()).startsWith("the request body is not valid JSON")
                .doesNotContain("Source:", "StreamReadConstraints", "tools.jackson", "com.fasterxml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathsTomcatRefuses")
    void whatTomcatRefusesIsStillAProblemDocument(String target) {
        assertProblemOutsideMvc(RawHttp.send(port, "GET", target, Map.of()), 400);
    }

    static Stream<String> pathsTomcatRefuses() {
        return Stream.of("/api/shows/%2F", "/api/shows/%00", "/api/../api/shows", "/api/shows/..;/x",
                "/api/shows?q=" + "a".repeat(9_000));
    }

    @Test
    void aHeaderOverTheLimitIsAProblemDocument() {
        assertProblemOutsideMvc(RawHttp.send(port, "GET", "/api/shows",
                Map.of("X-Padding", "a".repeat(9_000).getBytes(StandardCharsets.US_ASCII))), 400);
    }

    @Test
    void aNonAsciiHeaderOnAWriteIsRefusedAndWritesNothing() {
        long before = eventCount();
        String token = TestUsers.signIn(api.anonymous(), TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

        RawHttp.Answer answer = RawHttp.send(port, "POST", "/api/venues",
                Map.of("Authorization", ("Bearer " + token).getBytes(StandardCharsets.US_ASCII),
                        "User-Agent", "agent \uD83D\uDE00".getBytes(StandardCharsets.UTF_8)),
                ("{\"name\": \"" + unique("Emoji agent") + "\"}").getBytes(StandardCharsets.UTF_8));

        assertProblemOutsideMvc(answer, 400);
        assertThat(answer.body()).contains("User-Agent");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyAnswerCarriesTheUsualHeaders() {
        assertProblemOutsideMvc(RawHttp.send(port, "POST", "/api/venues", Map.of(),
                ("{\"name\": \"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.US_ASCII)), 413);
    }

    @Test
    void removingAMemberOfAnUnknownProducerIsA404() {
        String user = TestUsers.user(api, List.of(), List.of(), false).id();

        api.delete("/api/producers/" + UNKNOWN + "/members/" + user).problem(404);
    }

    private static void assertProblemOutsideMvc(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).isNotBlank();
        assertThat(answer.body()).contains("\"status\":" + status).contains("\"detail\":");
    }

    @Test
    void anUnknownRouteIsA404ProblemDocument() {
        api.get("/api/no-such-thing").problem(404);
    }

    @Test
    void aWrongContentTypeIsA415ProblemDocument() {
        ApiClient.Response response = api.post("/api/venues", Map.of("name", "x"), Map.of("Content-Type", "text/plain"));
        assertThat(response.status()).isIn(400, 415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static String fieldsOf(JsonNode problem) {
        return String.join(",", problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList());
    }

    private long eventCount() {
        return StoredEvents.count(jdbc);
    }
}
