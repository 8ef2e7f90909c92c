package com.piquetickets.api.probe;

import static com.piquetickets.api.probe.Hostile.Applies.ARRAY;
import static com.piquetickets.api.probe.Hostile.Applies.BOOLEAN;
import static com.piquetickets.api.probe.Hostile.Applies.DATE_TIME;
import static com.piquetickets.api.probe.Hostile.Applies.INTEGER;
import static com.piquetickets.api.probe.Hostile.Applies.NUMBER;
import static com.piquetickets.api.probe.Hostile.Applies.OBJECT;
import static com.piquetickets.api.probe.Hostile.Applies.STRING;

import com.piquetickets.api.probe.Hostile.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The hostile values, and which of them each slot gets. */
final class HostileValues {

    /** Sent to every slot (a string where a number, a boolean or an id is expected is a wrong type too). */
    static final List<Hostile> STRINGS = List.of(
            Hostile.string("empty", Kind.TEXT, ""),
            Hostile.string("100,000 characters", Kind.TEXT, "x".repeat(100_000)),
            Hostile.string("NUL (U+0000)", Kind.CONTROL, "E\u0000ve"),
            Hostile.string("BEL (U+0007)", Kind.CONTROL, "E\u0007ve"),
            Hostile.string("ESC (U+001B)", Kind.CONTROL, "E\u001bve"),
            Hostile.string("NEL (U+0085)", Kind.CONTROL, "E\u0085ve"),
            Hostile.jsonOnly("lone surrogate (JSON escape \\ud800)", Kind.LONE_SURROGATE, "\"E\\ud800ve\""),
            Hostile.bytes("lone surrogate (raw bytes ED A0 80)", Kind.INVALID_UTF8,
                    new byte[] {'E', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'v', 'e'}),
            Hostile.bytes("Latin-1 byte (E9)", Kind.INVALID_UTF8, new byte[] {'c', 'a', 'f', (byte) 0xE9}),
            Hostile.string("RTL override (U+202E)", Kind.TEXT, "E\u202eve"),
            Hostile.string("emoji", Kind.TEXT, "E\uD83C\uDFADve"),
            Hostile.string("path traversal ../../etc/passwd", Kind.TEXT, "../../etc/passwd"),
            Hostile.string("path traversal ..;/", Kind.TEXT, "..;/"),
            Hostile.string("encoded traversal %2e%2e%2f", Kind.TEXT, "%2e%2e%2f"),
            Hostile.string("SQL fragment", Kind.TEXT, "' or 1=1 --"),
            Hostile.string("script fragment", Kind.TEXT, "<script>alert(1)</script>"));

    /**
     * In a JSON body these are all just text that must come back as sent; one string carrying them all keeps the
     * number of writes down. Parameters and headers, where each is decoded or routed differently, get them one by one.
     */
    private static final Set<String> PLAIN_IN_A_BODY = Set.of("RTL override (U+202E)", "emoji",
            "path traversal ../../etc/passwd", "path traversal ..;/", "encoded traversal %2e%2e%2f", "SQL fragment",
            "script fragment");
    static final Hostile ALL_PLAIN_IN_ONE = Hostile.string("RTL override, emoji, traversal, SQL and script in one",
            Kind.TEXT, "E\u202eve \uD83C\uDFAD ../../etc/passwd ..;/ %2e%2e%2f ' or 1=1 -- <script>alert(1)</script>");

    /** Sent to slots of the matching type only. */
    static final List<Hostile> TYPED = List.of(
            Hostile.literal("number for string", Kind.WRONG_TYPE, STRING, "12345", null),
            Hostile.literal("number for date-time", Kind.WRONG_TYPE, DATE_TIME, "12345", "12345"),
            Hostile.literal("object for array", Kind.WRONG_TYPE, ARRAY, "{\"a\":1}", null),
            Hostile.literal("array for object", Kind.WRONG_TYPE, OBJECT, "[]", null),
            Hostile.literal("number for boolean", Kind.WRONG_TYPE, BOOLEAN, "2", "2"),
            Hostile.literal("1e309", Kind.NUMBER, NUMBER, "1e309", "1e309"),
            Hostile.literal("-1", Kind.NUMBER, NUMBER, "-1", "-1"),
            Hostile.literal("0", Kind.NUMBER, NUMBER, "0", "0"),
            Hostile.literal("2^63", Kind.NUMBER, NUMBER, "9223372036854775808", "9223372036854775808"),
            Hostile.literal("1.5 for an integer", Kind.WRONG_TYPE, INTEGER, "1.5", "1.5"));

    /** A well-formed id that names nothing: an operation on it answers 404, never 2xx. */
    static final Hostile UNKNOWN_ID = Hostile.string("unknown id", Kind.TEXT, "0f0e0d0c-0b0a-4908-8706-050403020100");

    static final Hostile MISSING = Hostile.missing();
    static final Hostile NULL = Hostile.literal("null", Kind.ABSENT, Hostile.Applies.ANY, "null", null);

    /** What is sent in the headers every request carries ({@code User-Agent}, {@code X-Correlation-Id}). */
    private static final Set<String> FOR_EVERY_HEADER =
            Set.of("BEL (U+0007)", "emoji", "lone surrogate (raw bytes ED A0 80)", "Latin-1 byte (E9)");

    private HostileValues() {
    }

    static List<Hostile> forSlot(Slot slot) {
        List<Hostile> values = new ArrayList<>();
        boolean item = slot.name().equals("[]");
        switch (slot.place()) {
            case FIELD -> {
                STRINGS.stream().filter(value -> value.json() != null && !PLAIN_IN_A_BODY.contains(value.label()))
                        .forEach(values::add);
                values.add(ALL_PLAIN_IN_ONE);
                if (!item) {
                    values.add(MISSING);
                }
                values.add(NULL);
                TYPED.stream().filter(value -> applies(value, slot.schema())).forEach(values::add);
            }
            case QUERY -> {
                STRINGS.stream().filter(value -> value.text() != null).forEach(values::add);
                values.add(MISSING);
                TYPED.stream().filter(value -> value.text() != null && applies(value, slot.schema()))
                        .forEach(values::add);
            }
            case PATH -> {
                STRINGS.stream().filter(value -> value.text() != null).forEach(values::add);
                if (ApiDocument.format(slot.schema()).equals("uuid")) {
                    values.add(UNKNOWN_ID);
                }
            }
            case HEADER -> {
                STRINGS.stream().filter(value -> value.text() != null).forEach(values::add);
                values.add(MISSING);
            }
            case BODY -> throw new IllegalArgumentException("whole bodies get BodyValues");
        }
        return values;
    }

    /** The values sent in the headers every request carries. */
    static List<Hostile> forEveryHeader() {
        return STRINGS.stream().filter(value -> FOR_EVERY_HEADER.contains(value.label())).toList();
    }

    static boolean applies(Hostile value, JsonNode schema) {
        String type = ApiDocument.type(schema);
        boolean dateTime = ApiDocument.format(schema).equals("date-time");
        return switch (value.applies()) {
            case ANY -> true;
            case STRING -> type.equals("string") && !dateTime;
            case DATE_TIME -> type.equals("string") && dateTime;
            case INTEGER -> type.equals("integer");
            case NUMBER -> type.equals("integer") || type.equals("number");
            case BOOLEAN -> type.equals("boolean");
            case ARRAY -> type.equals("array");
            case OBJECT -> type.equals("object");
        };
    }
}
