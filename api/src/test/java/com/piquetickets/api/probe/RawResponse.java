package com.piquetickets.api.probe;

import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** An answer as received: status, headers in order (names as sent), body bytes, and how long it took. */
record RawResponse(int status, List<String[]> headers, byte[] body, long elapsedMillis) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The first value of a header, its name compared without case; null when absent. */
    String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type;
    }

    /** The {@code code} of a problem document; null when the body is not one. */
    String problemCode() {
        try {
            return JSON.readTree(body).path("code").asString(null);
        } catch (JacksonException e) {
            return null;
        }
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
