package com.piquetickets.api.projections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a projection is being rebuilt its tables hold only the rows replayed so far: every API response then names
 * the projections replaying in a {@value #HEADER} header, so a client knows the read model is not complete. The list
 * comes from the token store (every node agrees) and is looked up at most once per second.
 */
@Component
class ReadModelStalenessFilter extends OncePerRequestFilter {

    static final String HEADER = "Pique-Read-Model-Stale";
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private final TokenPositions tokens;
    private volatile List<String> replaying = List.of();
    private volatile long checkedAt = Long.MIN_VALUE;

    ReadModelStalenessFilter(TokenPositions tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> stale = replaying();
        if (!stale.isEmpty()) {
            response.setHeader(HEADER, String.join(", ", stale));
        }
        chain.doFilter(request, response);
    }

    private List<String> replaying() {
        long now = System.nanoTime();
        if (checkedAt == Long.MIN_VALUE || now - checkedAt > REFRESH_NANOS) {
            replaying = tokens.replaying().stream().sorted().toList();
            checkedAt = now;
        }
        return replaying;
    }
}
