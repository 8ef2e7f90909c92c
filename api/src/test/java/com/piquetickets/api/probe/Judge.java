package com.piquetickets.api.probe;

import com.piquetickets.api.probe.Finding.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is wrong with one answer: a 5xx; an error that is not a problem document with a detail, nosniff and
 * Cache-Control; a detail quoting internals; a write that accepted a control character, a lone surrogate or a value
 * the document forbids; a 2xx for an id that names nothing; an answer slower than {@value #SLOW_MILLIS} ms.
 */
final class Judge {

    static final long SLOW_MILLIS = 3_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern INTERNALS = Pattern.compile(
            "`|StreamReadConstraints|Exception|\\[Source:|line: \\d+, column: \\d+|\\b(java|javax|jakarta|tools|com|org)\\.[a-z]+\\.");

    List<Finding> judge(ProbeCase probe, RawResponse response) {
        List<Finding> findings = new ArrayList<>();
        int status = response.status();
        if (status >= 500) {
            findings.add(Finding.of(Kind.SERVER_ERROR, probe, status, describe(response)));
        }
        if (status >= 400) {
            problemDocument(probe, response, findings);
        }
        if (status >= 200 && status < 300 && !probe.isBaseline()) {
            accepted(probe, status, findings);
        }
        if (response.elapsedMillis() > SLOW_MILLIS) {
            findings.add(Finding.of(Kind.SLOW_ANSWER, probe, status,
                    "answered after %.1f s".formatted(response.elapsedMillis() / 1000.0)));
        }
        return findings;
    }

    Finding noAnswer(ProbeCase probe, Exception failure) {
        return Finding.of(Kind.NO_ANSWER, probe, 0, failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private static void problemDocument(ProbeCase probe, RawResponse response, List<Finding> findings) {
        int status = response.status();
        List<String> missing = new ArrayList<>();
        if (!"nosniff".equalsIgnoreCase(response.header("X-Content-Type-Options"))) {
            missing.add("X-Content-Type-Options: nosniff");
        }
        if (response.header("Cache-Control") == null) {
            missing.add("Cache-Control");
        }
        if (!missing.isEmpty()) {
            findings.add(Finding.of(Kind.MISSING_SECURITY_HEADERS, probe, status, "no " + String.join(", no ", missing)));
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            findings.add(Finding.of(Kind.NOT_A_PROBLEM_DOCUMENT, probe, status, contentType(response)));
            return;
        }
        Optional<JsonNode> problem = json(response);
        String detail = problem.map(document -> document.path("detail").asString("")).orElse("");
        if (detail.isBlank()) {
            findings.add(Finding.of(Kind.PROBLEM_WITHOUT_DETAIL, probe, status, problem.isEmpty()
                    ? "not JSON: " + abbreviate(response.bodyText()) : "code " + problem.get().path("code").asString("")));
        } else if (INTERNALS.matcher(detail).find()) {
            findings.add(Finding.of(Kind.DETAIL_LEAKS_INTERNALS, probe, status, abbreviate(detail)));
        }
    }

    private static void accepted(ProbeCase probe, int status, List<Finding> findings) {
        Slot.Place place = probe.slot().place();
        if (place == Slot.Place.HEADER || place == Slot.Place.URL) {
            return;
        }
        Hostile value = probe.value();
        if (value == HostileValues.UNKNOWN_ID) {
            findings.add(Finding.of(Kind.UNKNOWN_ID_ANSWERED, probe, status, "answered as if the id named something"));
        }
        boolean write = probe.operation().writes();
        if (write && value.kind() == Hostile.Kind.CONTROL) {
            findings.add(Finding.of(Kind.ACCEPTED_CONTROL_CHARACTER, probe, status, "stored or acted on as given"));
        }
        if (write && (value.kind() == Hostile.Kind.LONE_SURROGATE || value.kind() == Hostile.Kind.INVALID_UTF8)) {
            findings.add(Finding.of(Kind.ACCEPTED_INVALID_TEXT, probe, status, "stored or acted on as given"));
        }
        Conformance.violation(probe.slot(), value).ifPresent(rule ->
                findings.add(Finding.of(Kind.ACCEPTED_FORBIDDEN_VALUE, probe, status, "the document says: " + rule)));
    }

    private static String describe(RawResponse response) {
        return json(response).filter(document -> document.has("code"))
                .map(document -> "code " + document.path("code").asString())
                .orElse(contentType(response));
    }

    private static String contentType(RawResponse response) {
        String type = response.contentType();
        return type.isEmpty() ? "no Content-Type" : type;
    }

    private static Optional<JsonNode> json(RawResponse response) {
        try {
            return Optional.of(JSON.readTree(response.body()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 140 ? oneLine : oneLine.substring(0, 140) + "...";
    }
}
