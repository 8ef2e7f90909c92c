package com.piquetickets.api.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How the probe reads a document and builds its requests, checked without a server. */
class ProbeCasesTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/venues": {"post": {"requestBody": {"required": true, "content": {"application/json":
                   {"schema": {"$ref": "#/components/schemas/VenueRequest"}}}}}},
               "/api/venues/{venueId}": {"put": {"parameters": [{"name": "venueId", "in": "path", "required": true,
                   "schema": {"type": "string", "format": "uuid"}}]}},
               "/api/gadgets": {"get": {}}},
             "components": {"schemas": {"VenueRequest": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string", "maxLength": 200},
                 "timeZone": {"type": "string"},
                 "capacity": {"type": "integer", "format": "int32"}}}}}}""";

    private final ApiDocument document = new ApiDocument(JsonMapper.builder().build().readTree(DOCUMENT));

    @Test
    void anOperationOrPathParameterTheRegistryDoesNotKnowIsReported() {
        assertThat(PathParameters.uncovered(document.operations()))
                .anyMatch(problem -> problem.startsWith("operation GET /api/gadgets is not covered"))
                .anyMatch(problem -> problem.startsWith("operation PUT /api/venues/{venueId} is not covered"))
                .anyMatch(problem -> problem.startsWith("PathParameters lists GET /api/venues,"));
    }

    @Test
    void theHostileValueGoesInItsSlotAndTheOtherFieldsHoldTheirBaseline() {
        String body = body("name", "NUL (U+0000)");

        assertThat(body).isEqualTo("{\"name\":\"E\\u0000ve\",\"timeZone\":\"America/Chicago\"}");
    }

    @Test
    void rawBytesAreSentAsTheyAreInsideAJsonString() {
        byte[] body = bodyBytes("name", "lone surrogate (raw bytes ED A0 80)");

        assertThat(new String(body, StandardCharsets.ISO_8859_1)).startsWith("{\"name\":\"E\u00ed\u00a0\u0080ve\"");
    }

    @Test
    void aMissingValueLeavesTheFieldOut() {
        Hostile missing = HostileValues.MISSING;
        ProbeCase probe = new ProbeCase(venuesPost(), ProbeCase.Caller.STAFF, slot("name"), missing);

        String body = new String(requests().build(probe, "id").body(), StandardCharsets.UTF_8);

        assertThat(body).isEqualTo("{\"timeZone\":\"America/Chicago\"}");
    }

    @Test
    void anIntegerFieldGetsTheBoundaryNumbersAndFractions() {
        List<String> labels = HostileValues.forSlot(slot("capacity")).stream().map(Hostile::label).toList();

        assertThat(labels).contains("1e309", "-1", "0", "2^63", "1.5 for an integer", "empty", "NUL (U+0000)")
                .doesNotContain("number for string", "object for array");
    }

    @Test
    void aValueTheDocumentForbidsIsNamedWithTheRuleItBreaks() {
        Hostile tooLong = HostileValues.STRINGS.stream().filter(value -> value.label().startsWith("100,000")).findFirst()
                .orElseThrow();

        assertThat(Conformance.violation(slot("name"), tooLong)).contains("maxLength 200");
        assertThat(Conformance.violation(slot("name"), HostileValues.MISSING)).contains("required");
        assertThat(Conformance.violation(slot("timeZone"), HostileValues.MISSING)).isEmpty();
    }

    private String body(String field, String value) {
        return new String(bodyBytes(field, value), StandardCharsets.UTF_8);
    }

    private byte[] bodyBytes(String field, String label) {
        Hostile value = HostileValues.forSlot(slot(field)).stream().filter(hostile -> hostile.label().equals(label))
                .findFirst().orElseThrow();
        return requests().build(new ProbeCase(venuesPost(), ProbeCase.Caller.STAFF, slot(field), value), "id").body();
    }

    private Requests requests() {
        Map<Fixture, String> fixtures = new EnumMap<>(Fixture.class);
        return new Requests(new Baselines(document, fixtures), "token");
    }

    private ApiDocument.Operation venuesPost() {
        return document.operations().stream().filter(operation -> operation.key().equals("POST /api/venues"))
                .findFirst().orElseThrow();
    }

    private Slot slot(String field) {
        return new Slots(document).of(venuesPost()).stream()
                .filter(slot -> slot.place() == Slot.Place.FIELD && slot.name().equals(field)).findFirst().orElseThrow();
    }
}
