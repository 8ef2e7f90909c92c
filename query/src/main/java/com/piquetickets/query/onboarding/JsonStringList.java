package com.piquetickets.query.onboarding;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings kept in a text column as a JSON array ({@code ["comedy","music"]}), the shape of the original
 * schema's json columns. Written by hand: the lists are flat strings, and this module has no JSON library of its own.
 */
@Converter
class JsonStringList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> items) {
        StringBuilder json = new StringBuilder("[");
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                quote(items.get(i), json);
            }
        }
        return json.append(']').toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String json) {
        List<String> items = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return items;
        }
        String s = json.trim();
        int i = expect(s, 0, '[');
        i = skipSpaces(s, i);
        if (i < s.length() && s.charAt(i) == ']') {
            return items;
        }
        while (true) {
            i = skipSpaces(s, i);
            StringBuilder item = new StringBuilder();
            i = readString(s, expect(s, i, '"'), item);
            items.add(item.toString());
            i = skipSpaces(s, i);
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
            } else {
                expect(s, i, ']');
                return items;
            }
        }
    }

    private static void quote(String value, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    /** Reads a JSON string body from {@code i} (after the opening quote); answers the index after the closing quote. */
    private static int readString(String s, int i, StringBuilder out) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e); // \" \\ \/
            }
        }
        throw new IllegalArgumentException("unterminated string in JSON list");
    }

    private static int expect(String s, int i, char c) {
        i = skipSpaces(s, i);
        if (i >= s.length() || s.charAt(i) != c) {
            throw new IllegalArgumentException("not a JSON list of strings: expected '" + c + "' at " + i);
        }
        return i + 1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
