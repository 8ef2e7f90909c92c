package com.piquetickets.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight onto a servlet response, for answers given outside Spring MVC (servlet filters,
 * the security chain, Tomcat's own error reports). They carry the headers MVC answers get from the security chain.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        write(response, problem.getStatus(), Problems.asMap(problem));
    }

    public static void write(HttpServletResponse response, int status, Map<String, Object> document) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), document);
    }
}
