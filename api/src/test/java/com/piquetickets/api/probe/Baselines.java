package com.piquetickets.api.probe;

import com.piquetickets.api.support.TestUsers;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plausible values for the slots that do not hold the hostile value, made from the schema: a real fixture id where
 * the field names one, the schema's default or first enum value, a future time, a unique name or email. A baseline
 * body holds the required fields and the few others a request needs to pass validation (a show's time zone, say).
 */
final class Baselines {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final OffsetDateTime START =
            OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusDays(60).truncatedTo(ChronoUnit.HOURS);

    /** Body fields and query parameters that hold ids, by name, and the fixture they name. */
    private static final Map<String, Fixture> IDS = Map.ofEntries(
            Map.entry("producerId", Fixture.SANDBOX_PRODUCER),
            Map.entry("venueId", Fixture.VENUE),
            Map.entry("showId", Fixture.ORDER_SHOW),
            Map.entry("ticketTypeId", Fixture.ORDER_TICKET_TYPE),
            Map.entry("ticketTypeIds[]", Fixture.TICKET_TYPE),
            Map.entry("venue", Fixture.VENUE),
            Map.entry("producer", Fixture.PRODUCER),
            Map.entry("performer", Fixture.PERFORMER),
            Map.entry("show", Fixture.ORDER_SHOW));

    /** Bodies that are arrays of ids, by operation. */
    private static final Map<String, Fixture> ID_LISTS = Map.of(
            "PUT /api/featured-shows", Fixture.SANDBOX_SHOW,
            "PUT /api/shows/{id}/performers", Fixture.PERFORMER);

    private final ApiDocument document;
    private final Map<Fixture, String> fixtures;
    private final AtomicLong counter = new AtomicLong();

    Baselines(ApiDocument document, Map<Fixture, String> fixtures) {
        this.document = document;
        this.fixtures = fixtures;
    }

    String fixture(Fixture fixture) {
        return fixtures.get(fixture);
    }

    ApiDocument document() {
        return document;
    }

    /** The baseline body of an operation with a JSON body. */
    JsonNode body(ApiDocument.Operation operation) {
        return value(operation.key(), "", operation.body().schema(), 0);
    }

    /**
     * A baseline value of this schema for a field of this name ({@code name[]} for an array's items). Objects get
     * their required properties and those with a value that needs to be just so (see {@link #hinted}).
     */
    JsonNode value(String operation, String name, JsonNode schema, int depth) {
        JsonNode resolved = document.resolve(schema);
        return switch (ApiDocument.type(resolved)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    document.properties(resolved).forEach((property, propertySchema) -> {
                        if (document.isRequired(resolved, property) || hinted(property)) {
                            object.set(property, value(operation, property, propertySchema, depth + 1));
                        }
                    });
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                String items = name.isEmpty() ? "" : name + "[]";
                Fixture list = name.isEmpty() ? ID_LISTS.get(operation) : null;
                array.add(list != null ? NODES.stringNode(fixture(list))
                        : value(operation, items, document.items(resolved), depth + 1));
                yield array;
            }
            case "integer", "number" -> number(resolved);
            case "boolean" -> NODES.booleanNode(resolved.path("default").asBoolean(false));
            default -> NODES.stringNode(text(name, resolved));
        };
    }

    /** A baseline text for a path, query or header parameter, or a string field. */
    String text(String name, JsonNode schema) {
        if (schema.has("default")) {
            return schema.path("default").asString();
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asString();
        }
        String format = ApiDocument.format(schema);
        if (format.equals("uuid")) {
            Fixture fixture = IDS.get(name);
            return fixture != null ? fixture(fixture) : UUID.randomUUID().toString();
        }
        if (format.equals("date-time")) {
            return switch (name) {
                case "doorTime" -> START.minusMinutes(30).toString();
                case "endTime", "to" -> START.plusHours(2).toString();
                case "from" -> START.minusDays(90).toString();
                default -> START.toString();
            };
        }
        return switch (name) {
            case "email" -> "probe-" + counter.incrementAndGet() + "@example.com";
            case "password", "currentPassword", "newPassword" -> TestUsers.PASSWORD;
            case "timeZone" -> "America/Chicago";
            case "currency" -> "USD";
            case "country" -> "US";
            case "code" -> "PROBE" + counter.incrementAndGet();
            default -> "probe-" + counter.incrementAndGet();
        };
    }

    /** Fields a request needs with a well-formed value although the document does not mark them required. */
    private static boolean hinted(String property) {
        return switch (property) {
            case "timeZone", "doorTime", "startTime", "endTime", "venueId", "email", "currency", "country" -> true;
            default -> false;
        };
    }

    /** The default, else the least an integer may be (at least 1), else a number's minimum (a price of 0: free). */
    private static JsonNode number(JsonNode schema) {
        if (schema.has("default")) {
            return schema.path("default");
        }
        if (ApiDocument.type(schema).equals("integer")) {
            return NODES.numberNode(Math.max(1, (long) Math.ceil(schema.path("minimum").asDouble(1))));
        }
        return schema.has("minimum") ? schema.path("minimum") : NODES.numberNode(1);
    }
}
