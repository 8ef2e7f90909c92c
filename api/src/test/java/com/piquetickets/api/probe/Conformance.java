package com.piquetickets.api.probe;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whether a hostile value is one the document allows in its slot: its type, format, length, range, pattern, enum
 * and whether it may be absent. A value the document forbids that the service accepts is a finding.
 */
final class Conformance {

    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS).build();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> SPRING_BOOLEANS = Set.of("true", "false", "on", "off", "yes", "no", "1", "0");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Conformance() {
    }

    /** Why the document forbids this value in this slot; empty when it allows it. */
    static Optional<String> violation(Slot slot, Hostile value) {
        if (value.omit()) {
            return slot.required() ? Optional.of("required") : Optional.empty();
        }
        return switch (slot.place()) {
            case FIELD -> jsonViolation(slot, value.json());
            case QUERY, PATH -> text(value.text()).map(text -> textViolation(slot, text))
                    .orElse(Optional.of("not UTF-8"));
            case BODY -> value.label().equals("null") && !slot.required() ? Optional.empty()
                    : Optional.of("not a body of the documented type");
            case HEADER, URL -> Optional.empty();
        };
    }

    private static Optional<String> jsonViolation(Slot slot, byte[] json) {
        JsonNode node;
        try {
            node = EXACT.readTree(json);
        } catch (JacksonException e) {
            return Optional.of("not valid JSON text (" + e.getOriginalMessage() + ")");
        }
        if (node.isNull()) {
            return slot.required() ? Optional.of("required (null)") : Optional.empty();
        }
        return node(node, slot.schema());
    }

    private static Optional<String> node(JsonNode node, JsonNode schema) {
        return switch (ApiDocument.type(schema)) {
            case "string" -> node.isString() ? string(node.asString(), schema) : Optional.of("type string");
            case "integer" -> node.isIntegralNumber() ? integer(node.bigIntegerValue(), schema)
                    : Optional.of("type integer");
            case "number" -> node.isNumber() ? range(node.decimalValue(), schema) : Optional.of("type number");
            case "boolean" -> node.isBoolean() ? Optional.empty() : Optional.of("type boolean");
            case "array" -> node.isArray() ? items(node, schema) : Optional.of("type array");
            case "object" -> node.isObject() ? Optional.empty() : Optional.of("type object");
            default -> Optional.empty();
        };
    }

    private static Optional<String> textViolation(Slot slot, String text) {
        if (text.isEmpty() && slot.place() == Slot.Place.QUERY && !slot.required()) {
            return Optional.empty(); // an empty query parameter reads as an absent one
        }
        JsonNode schema = slot.schema();
        try {
            return switch (ApiDocument.type(schema)) {
                case "integer" -> integer(new BigInteger(text), schema);
                case "number" -> range(new BigDecimal(text), schema);
                case "boolean" -> SPRING_BOOLEANS.contains(text.toLowerCase()) ? Optional.empty()
                        : Optional.of("type boolean");
                case "string" -> string(text, schema);
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.of("type " + ApiDocument.type(schema));
        }
    }

    private static Optional<String> string(String text, JsonNode schema) {
        String format = ApiDocument.format(schema);
        if (format.equals("uuid") && !isUuid(text)) {
            return Optional.of("format uuid");
        }
        if (format.equals("date-time") && !isDateTime(text)) {
            return Optional.of("format date-time");
        }
        if (format.equals("email") && !EMAIL.matcher(text).matches()) {
            return Optional.of("format email");
        }
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.path("maxLength").asInt()) {
            return Optional.of("maxLength " + schema.path("maxLength").asInt());
        }
        if (schema.has("minLength") && length < schema.path("minLength").asInt()) {
            return Optional.of("minLength " + schema.path("minLength").asInt());
        }
        if (schema.has("pattern") && !Pattern.compile(schema.path("pattern").asString()).matcher(text).matches()) {
            return Optional.of("pattern " + schema.path("pattern").asString());
        }
        if (schema.has("enum") && schema.path("enum").valueStream().noneMatch(option -> option.asString().equals(text))) {
            return Optional.of("enum");
        }
        return Optional.empty();
    }

    private static Optional<String> integer(BigInteger value, JsonNode schema) {
        boolean int32 = !ApiDocument.format(schema).equals("int64");
        if (value.compareTo(int32 ? INT_MIN : LONG_MIN) < 0 || value.compareTo(int32 ? INT_MAX : LONG_MAX) > 0) {
            return Optional.of(int32 ? "format int32" : "format int64");
        }
        return range(new BigDecimal(value), schema);
    }

    private static Optional<String> range(BigDecimal value, JsonNode schema) {
        if (schema.has("minimum") && value.compareTo(schema.path("minimum").decimalValue()) < 0) {
            return Optional.of("minimum " + schema.path("minimum").asString());
        }
        if (schema.has("exclusiveMinimum") && value.compareTo(schema.path("exclusiveMinimum").decimalValue()) <= 0) {
            return Optional.of("exclusiveMinimum " + schema.path("exclusiveMinimum").asString());
        }
        if (schema.has("maximum") && value.compareTo(schema.path("maximum").decimalValue()) > 0) {
            return Optional.of("maximum " + schema.path("maximum").asString());
        }
        return Optional.empty();
    }

    private static Optional<String> items(JsonNode array, JsonNode schema) {
        if (schema.has("maxItems") && array.size() > schema.path("maxItems").asInt()) {
            return Optional.of("maxItems " + schema.path("maxItems").asInt());
        }
        if (schema.has("minItems") && array.size() < schema.path("minItems").asInt()) {
            return Optional.of("minItems " + schema.path("minItems").asInt());
        }
        return Optional.empty();
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The bytes as UTF-8 text; empty when they are not UTF-8 (a raw lone surrogate, a Latin-1 byte). */
    static Optional<String> text(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
