package com.piquetickets.saga.fakes;

import java.util.Map;

/**
 * One HTTP request a fake received. {@code params} are the decoded form fields of the body (Stripe) or of the query
 * string, in Stripe's bracket notation ({@code line_items[0][price_data][currency]}); {@code body} is the raw body.
 */
public record RecordedRequest(
        String method,
        String path,
        Map<String, String> params,
        Map<String, String> headers,
        String body) {

    /** A header by name, case-insensitively; null when absent. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    public String idempotencyKey() {
        return header("Idempotency-Key");
    }

    public String param(String name) {
        return params.get(name);
    }
}
