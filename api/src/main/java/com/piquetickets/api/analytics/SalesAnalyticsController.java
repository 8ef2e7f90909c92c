package com.piquetickets.api.analytics;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.domain.analytics.FindShowSalesQuery;
import com.piquetickets.domain.analytics.FindShowSalesSeriesQuery;
import com.piquetickets.domain.analytics.SalesSeries;
import com.piquetickets.domain.analytics.ShowSales;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.show.ShowId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A show's sales as they stood at any past instant, and its on-sale curve, computed from the events up to then (the
 * sales ledger), never from today's tables. Read-only, for analysts and staff.
 */
@RestController
@Tag(name = "Analytics")
class SalesAnalyticsController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final Map<String, Duration> INTERVALS = Map.of("1m", Duration.ofMinutes(1), "1h", Duration.ofHours(1),
            "1d", Duration.ofDays(1));

    private final Queries queries;
    private final Clock clock;

    SalesAnalyticsController(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/analytics/shows/{showId}/sales")
    @Allow(AccessRule.ANALYST)
    @Operation(summary = "Tickets sold, held, refunded and checked in, gross, fees and refunds, per ticket type, "
            + "as they stood at 'asOf' (default: now)")
    ShowSales asOf(@PathVariable UUID showId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime asOf) {
        Instant at = asOf == null ? clock.instant() : asOf.toInstant();
        return queries.one(new FindShowSalesQuery(new ShowId(showId), at), ShowSales.class, "show", showId);
    }

    @GetMapping("/api/analytics/shows/{showId}/sales/series")
    @Allow(AccessRule.ANALYST)
    @Operation(summary = "The on-sale curve: tickets sold and revenue per interval (1m, 1h or 1d, UTC-aligned) from "
            + "'from' to 'to' (default: the show's first to last sale); format=svg draws it")
    ResponseEntity<?> series(@PathVariable UUID showId,
                             @RequestParam(defaultValue = "1h") String interval,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             OffsetDateTime from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             OffsetDateTime to,
                             @RequestParam(defaultValue = "json") String format) {
        Duration step = INTERVALS.get(interval);
        if (step == null) {
            throw new InvalidInputException("interval", "must be 1m, 1h or 1d");
        }
        if (!format.equals("json") && !format.equals("svg")) {
            throw new InvalidInputException("format", "must be json or svg");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after 'from'");
        }
        SalesSeries series = queries.one(new FindShowSalesSeriesQuery(new ShowId(showId), step,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant()), SalesSeries.class, "show", showId);
        if (format.equals("svg")) {
            return ResponseEntity.ok().contentType(SVG).body(SalesChart.svg(series, interval));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(series);
    }
}
