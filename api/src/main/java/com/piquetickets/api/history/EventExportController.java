package com.piquetickets.api.history;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.domain.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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
 * The event history, in the order it was stored, a page at a time: what analysts export and replay into their own
 * tools. Read-only; the cursor is the global index of the last event seen.
 */
@RestController
@Tag(name = "History")
class EventExportController {

    static final int MAX_PAGE = 1_000;

    private final EventStorageEngine events;

    EventExportController(EventStorageEngine events) {
        this.events = events;
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
