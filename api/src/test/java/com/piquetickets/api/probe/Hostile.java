package com.piquetickets.api.probe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One hostile value in the forms it takes: {@code json} is what is spliced into a JSON body where the slot's value
 * goes (null: not sent in bodies), {@code text} the bytes sent in a URL (percent-encoded) or a header (as they are;
 * null: not sent there), {@code omit} leaves the slot out altogether.
 */
record Hostile(String label, Kind kind, Applies applies, byte[] json, byte[] text, boolean omit) {

    /** What the value is, for the judge: which acceptances are wrong. */
    enum Kind { TEXT, CONTROL, LONE_SURROGATE, INVALID_UTF8, WRONG_TYPE, NUMBER, ABSENT }

    /** Which slots the value is sent to, by the slot schema's type. */
    enum Applies { ANY, STRING, DATE_TIME, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT }

    /** A string, sent as a JSON string in bodies and as its UTF-8 bytes in URLs and headers. */
    static Hostile string(String label, Kind kind, String value) {
        return new Hostile(label, kind, Applies.ANY, quote(value).getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8), false);
    }

    /** Raw bytes: inside a JSON string in bodies, as they are in URLs and headers. */
    static Hostile bytes(String label, Kind kind, byte[] value) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.write('"');
        json.writeBytes(value);
        json.write('"');
        return new Hostile(label, kind, Applies.ANY, json.toByteArray(), value, false);
    }

    /** A JSON literal (a number, an object, ...) for slots of one type; {@code text} is its URL form, or null. */
    static Hostile literal(String label, Kind kind, Applies applies, String json, String text) {
        return new Hostile(label, kind, applies, json.getBytes(StandardCharsets.UTF_8),
                text == null ? null : text.getBytes(StandardCharsets.UTF_8), false);
    }

    /** A value for JSON bodies only, given exactly as it is written there (an escape sequence, say). */
    static Hostile jsonOnly(String label, Kind kind, String json) {
        return new Hostile(label, kind, Applies.ANY, json.getBytes(StandardCharsets.UTF_8), null, false);
    }

    /** The slot left out: a missing field, query parameter or header. */
    static Hostile missing() {
        return new Hostile("missing", Kind.ABSENT, Applies.ANY, null, null, true);
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped, the rest written as it is. */
    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
