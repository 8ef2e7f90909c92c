package com.piquetickets.api.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents with a stable {@code type} per problem and, for input errors, the fields at fault. */
public final class Problems {

    public static final String TYPE_BASE = "https://piquetickets.com/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    /** A problem naming the fields that were wrong, each with what was wrong with it. */
    public static ProblemDetail invalid(HttpStatusCode status, String detail, List<FieldError> errors) {
        ProblemDetail problem = of(status, "invalid-input", "Invalid input", detail);
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return problem;
    }

    /**
     * The document as a flat map, the way Spring MVC writes it, for places outside MVC (servlet filters) that have
     * no message converter with Spring's problem-detail mixin.
     */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", problem.getType().toString());
        document.put("title", problem.getTitle());
        document.put("status", problem.getStatus());
        document.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            document.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            document.putAll(problem.getProperties());
        }
        return document;
    }

    /** One wrong field: its JSON path (e.g. {@code lines[0].quantity}) and why. */
    public record FieldError(String field, String message) {
    }
}
