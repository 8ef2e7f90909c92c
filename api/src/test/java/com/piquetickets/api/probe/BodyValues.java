package com.piquetickets.api.probe;

import com.piquetickets.api.probe.Hostile.Kind;
import java.util.ArrayList;
import java.util.List;

/** What is sent as a whole body: none, malformed, the wrong top-level type, nested too deep, too large, not JSON. */
final class BodyValues {

    /** The baseline body, labelled {@code text/plain}: a client that forgot its Content-Type. */
    static final Hostile AS_TEXT_PLAIN = new Hostile("baseline body as text/plain", Kind.WRONG_TYPE,
            Hostile.Applies.ANY, null, null, false);

    private static final Hostile NO_BODY = new Hostile("no body", Kind.ABSENT, Hostile.Applies.ANY, null, null, true);
    private static final Hostile MALFORMED = raw("malformed JSON", "{\"name\": ");
    private static final Hostile NESTED_OBJECTS =
            raw("objects nested 2,000 deep", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));
    private static final Hostile NESTED_ARRAYS = raw("arrays nested 2,000 deep", "[".repeat(2_000) + "]".repeat(2_000));
    private static final Hostile OVER_A_MEGABYTE =
            raw("over 1 MB", "{\"padding\": \"" + "x".repeat(1_100_000) + "\"}");

    private BodyValues() {
    }

    /** The whole-body values of an operation: JSON bodies get JSON's, raw text bodies every string value as a body. */
    static List<Hostile> of(ApiDocument.Body body) {
        Hostile nested = ApiDocument.type(body.schema()).equals("array") ? NESTED_ARRAYS : NESTED_OBJECTS;
        List<Hostile> values = new ArrayList<>(List.of(NO_BODY, MALFORMED, nested, OVER_A_MEGABYTE, AS_TEXT_PLAIN));
        if (body.json()) {
            values.add(HostileValues.NULL);
            HostileValues.TYPED.stream().filter(value -> value.kind() == Kind.WRONG_TYPE)
                    .filter(value -> HostileValues.applies(value, body.schema())).forEach(values::add);
        } else {
            HostileValues.STRINGS.stream().filter(value -> value.text() != null).forEach(values::add);
        }
        return values;
    }

    private static Hostile raw(String label, String body) {
        return Hostile.literal(label, Kind.WRONG_TYPE, Hostile.Applies.ANY, body, body);
    }
}
