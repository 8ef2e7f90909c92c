package com.piquetickets.api.probe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a case into its request: the baseline everywhere, the hostile value in its slot. Path parameters hold their
 * fixture's id, query parameters and headers their baseline, the body comes from {@link Bodies}.
 */
final class Requests {

    private final Baselines baselines;
    private final Bodies bodies;
    private final String staffToken;

    Requests(Baselines baselines, String staffToken) {
        this.baselines = baselines;
        this.bodies = new Bodies(baselines);
        this.staffToken = staffToken;
    }

    RawRequest build(ProbeCase probe, String correlationId) {
        ApiDocument.Operation operation = probe.operation();
        Slot slot = probe.slot();
        Hostile value = probe.value();
        byte[] body = operation.body() == null ? null : bodies.of(operation, slot, value);
        List<RawRequest.Header> headers = new ArrayList<>();
        headers.add(RawRequest.Header.of("Accept", "*/*"));
        header(headers, slot, value, "User-Agent", "piquetickets-probe");
        header(headers, slot, value, "X-Correlation-Id", correlationId);
        if (probe.caller() == ProbeCase.Caller.STAFF) {
            headers.add(RawRequest.Header.of("Authorization", "Bearer " + staffToken));
        }
        if (body != null) {
            headers.add(RawRequest.Header.of("Content-Type", value == BodyValues.AS_TEXT_PLAIN ? "text/plain"
                    : "application/json"));
        }
        for (ApiDocument.Parameter parameter : operation.parameters("header")) {
            String baseline = operation.key().equals(StripeWebhooks.OPERATION) && body != null
                    && parameter.name().equals(StripeWebhooks.SIGNATURE_HEADER) ? StripeWebhooks.signature(body) : null;
            header(headers, slot, value, parameter.name(), baseline);
        }
        if (slot != null && slot.place() == Slot.Place.HEADER && !value.omit()
                && headers.stream().noneMatch(header -> header.name().equals(slot.name()))) {
            headers.add(new RawRequest.Header(slot.name(), value.text()));
        }
        return new RawRequest(operation.method(), target(operation, slot, value), headers, body);
    }

    /** The path with its parameters filled in, and the query string. */
    private String target(ApiDocument.Operation operation, Slot slot, Hostile value) {
        String path = operation.path();
        for (ApiDocument.Parameter parameter : operation.parameters("path")) {
            String filled = holds(slot, Slot.Place.PATH, parameter.name()) ? PercentEncoding.encode(value.text())
                    : PercentEncoding.encode(baselines.fixture(PathParameters.fixture(operation, parameter.name())));
            path = path.replace("{" + parameter.name() + "}", filled);
        }
        List<String> query = new ArrayList<>();
        for (ApiDocument.Parameter parameter : operation.parameters("query")) {
            if (!holds(slot, Slot.Place.QUERY, parameter.name())) {
                query.add(parameter.name() + "=" + PercentEncoding.encode(
                        baselines.text(parameter.name(), parameter.schema())));
            } else if (!value.omit()) {
                query.add(parameter.name() + "=" + PercentEncoding.encode(value.text()));
            }
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);
        if (slot != null && slot.place() == Slot.Place.URL) {
            String raw = new String(value.text(), StandardCharsets.UTF_8);
            return value == PathProbes.LONG_URL ? PathProbes.withLongQuery(target, raw)
                    : PathProbes.withRawSegment(operation.path(), target, raw);
        }
        return target;
    }

    private static void header(List<RawRequest.Header> headers, Slot slot, Hostile value, String name, String baseline) {
        if (!holds(slot, Slot.Place.HEADER, name)) {
            if (baseline != null) {
                headers.add(RawRequest.Header.of(name, baseline));
            }
        } else if (!value.omit()) {
            headers.add(new RawRequest.Header(name, value.text()));
        }
    }

    private static boolean holds(Slot slot, Slot.Place place, String name) {
        return slot != null && slot.place() == place && slot.name().equals(name);
    }
}
