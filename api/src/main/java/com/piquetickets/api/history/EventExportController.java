package com.piquetickets.api.history;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.domain.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.api.security.Access;
import com.piquetickets.api.security.ForbiddenException;
import com.piquetickets.domain.analytics.FindShowAggregatesQuery;
import com.piquetickets.domain.analytics.ShowAggregates;
import com.piquetickets.domain.show.ShowId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event history, in the order it was stored: a page at a time, or streamed whole as NDJSON, CSV or Parquet with
 * filters, plus the catalogue of event types. Read-only; the cursor is the global index of the last event seen.
 */
@RestController
@Tag(name = "History")
class EventExportController {

    static final int MAX_PAGE = 1_000;

    /** The header that names the position a later export resumes after ({@code after=}). */
    static final String RESUME_AFTER = "Pique-Resume-After";
    private static final Pattern AGGREGATE_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

    private final EventStorageEngine events;
    private final EventHistory history;
    private final EventTypes types;
    private final Queries queries;
    private final Access access;

    EventExportController(EventStorageEngine events, EventHistory history, EventTypes types, Queries queries,
                          Access access) {
        this.events = events;
        this.history = history;
        this.types = types;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping("/api/events/export")
    @Allow(AccessRule.ANALYST)
    @Operation(summary = "The event history streamed whole (NDJSON, CSV or Parquet), filtered; the Pique-Resume-After "
            + "header names the position to resume from (after=), personal fields only for staff who ask")
    void export(@RequestParam(required = false) List<String> type,
                @RequestParam(required = false) String aggregateType,
                @RequestParam(required = false) String aggregateId,
                @RequestParam(required = false) UUID show,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                @RequestParam(defaultValue = "-1") long after,
                @RequestParam(required = false) Long limit,
                @RequestParam(defaultValue = "ndjson") String format,
                @RequestParam(defaultValue = "false") boolean personal,
                HttpServletRequest request, HttpServletResponse response) throws IOException, SQLException {
        EventHistory.Format chosen = format(format);
        if (after < -1) {
            throw new InvalidInputException("after", "must be -1 (from the start) or a global index");
        }
        if (limit != null && limit < 1) {
            throw new InvalidInputException("limit", "must be at least 1");
        }
        if (aggregateType != null && !AGGREGATE_TYPE.matcher(aggregateType).matches()) {
            throw new InvalidInputException("aggregateType", "must be an aggregate type name such as Show or Order");
        }
        if (aggregateId != null && (aggregateId.isBlank() || aggregateId.length() > 255)) {
            throw new InvalidInputException("aggregateId", "must be 1 to 255 characters");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("to", "must be after 'from'");
        }
        if (personal && !access.requireUser().isStaff()) {
            throw new ForbiddenException("personal fields (names, emails, addresses) are exported to staff only");
        }
        List<String> aggregates = show == null ? null : queries.one(new FindShowAggregatesQuery(new ShowId(show)),
                ShowAggregates.class, "show", show).aggregateIds();
        ExportFilter filter = new ExportFilter(after, type == null ? List.of() : types.storedNames(type), aggregateType,
                aggregateId, aggregates, from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), limit,
                personal);
        long until = history.until(filter);
        response.setStatus(200);
        response.setContentType(chosen.mediaType);
        response.setHeader(RESUME_AFTER, Long.toString(until));
        response.setHeader("Link", "<" + next(request, until) + ">; rel=\"next\"");
        response.setHeader("Content-Disposition", "attachment; filename=\"events-" + (after + 1) + "-" + until + "."
                + chosen.extension + "\"");
        response.setHeader("Cache-Control", "no-store");
        history.export(filter, until, chosen, response.getOutputStream());
    }

    @GetMapping("/api/events/types")
    @Allow(AccessRule.ANALYST)
    @Operation(summary = "Every event type in the store: its revision, count, first and last time seen, personal "
            + "fields and payload shape")
    List<EventTypeSummary> types() throws SQLException {
        return history.catalogue();
    }

    private static EventHistory.Format format(String name) {
        try {
            return EventHistory.Format.named(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "must be ndjson, csv or parquet");
        }
    }

    /** This request's URL with {@code after} moved to where the export ended. */
    private static String next(HttpServletRequest request, long until) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("after", until).build().toUriString();
    }

    @GetMapping("/api/events")
    @Allow(AccessRule.ANALYST)
    @Operation(summary = "Stored events after a global index (exclusive), oldest first; follow 'next' for more")
    EventPage export(@RequestParam(defaultValue = "-1") long after, @RequestParam(defaultValue = "100") int limit) {
        if (after < -1) {
            throw new InvalidInputException("after", "must be -1 (from the start) or a global index");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        // The JPA and JDBC engines track with gap-aware tokens; "after" is the last global index the caller has seen.
        TrackingToken from = after < 0 ? null : GapAwareTrackingToken.newInstance(after, Set.of());
        List<StoredEvent> page;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            page = stream.limit(limit).map(EventExportController::stored).toList();
        }
        Long next = page.size() < limit ? null : page.getLast().globalIndex();
        return new EventPage(page, next);
    }

    private static StoredEvent stored(TrackedEventMessage<?> event) {
        long index = event.trackingToken().position().orElseThrow();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        return new StoredEvent(index, event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), event.getTimestamp(), event.getPayload(),
                Map.copyOf(event.getMetaData()));
    }

    record StoredEvent(long globalIndex, String eventId, String type, String aggregateType, String aggregateId,
                       Long sequenceNumber, Instant timestamp, Object payload, Map<String, ?> metaData) {
    }

    /** {@code next} is the cursor for the following page ({@code after=next}), null at the end of the history. */
    record EventPage(List<StoredEvent> items, Long next) {
    }
}
