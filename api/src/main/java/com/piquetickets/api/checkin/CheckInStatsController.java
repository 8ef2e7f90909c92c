package com.piquetickets.api.checkin;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.domain.checkin.CheckInStats;
import com.piquetickets.domain.checkin.FindCheckInStatsQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A show's live door counts, once or as a stream of server-sent events for a door dashboard. */
@RestController
@Tag(name = "Check-in")
class CheckInStatsController {

    private final Queries queries;
    private final CheckInStream stream;

    CheckInStatsController(Queries queries, CheckInStream stream) {
        this.queries = queries;
        this.stream = stream;
    }

    @GetMapping("/api/shows/{showId}/check-in/stats")
    @Allow(value = AccessRule.SHOW_MANAGER, pathVariable = "showId")
    @Operation(summary = "Tickets, admitted, inside now, per ticket type and per gate, conflicts, and the last scans")
    CheckInStats stats(@PathVariable UUID showId,
                       @RequestParam(defaultValue = "20") @Min(0) @Max(100) int lastScans) {
        return queries.one(new FindCheckInStatsQuery(showId, lastScans), CheckInStats.class, "show", showId);
    }

    @GetMapping(path = "/api/shows/{showId}/check-in/stats/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Allow(value = AccessRule.SHOW_MANAGER, pathVariable = "showId")
    @Operation(summary = "The same counts as server-sent events ('stats'), pushed within a second of each scan")
    SseEmitter streamStats(@PathVariable UUID showId) {
        return stream.open(showId);
    }
}
