package com.piquetickets.api.probe;

import static org.awaitility.Awaitility.await;

import com.piquetickets.api.probe.Finding.Kind;
import com.piquetickets.query.ProcessingGroups;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The state the sweep left behind: no refused request wrote an event, every projection's processor is out of error
 * and has caught up with the head of the event store, and nothing was put in the dead-letter queue.
 */
final class ReadModelHealth {

    private static final Duration CATCH_UP = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    ReadModelHealth(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    long head() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /**
     * Whether any projection's processor is in error or holds no segment now (a cheap, in-process look): a processor
     * whose handler keeps failing releases its segment and retries later.
     */
    boolean anyProjectionStopped() {
        return ProcessingGroups.ALL.stream().map(this::segments).anyMatch(segments -> segments.isEmpty()
                || segments.stream().anyMatch(EventTrackerStatus::isErrorState));
    }

    /** Events stored after {@code after} whose correlation id is that of a refused request. */
    List<Finding> eventsOfRefusedRequests(long after, Map<String, SweepTally.Refused> refused) {
        Map<String, List<String>> written = new TreeMap<>();
        jdbc.query("select convert_from(meta_data, 'UTF8')::json ->> 'correlationId' as correlation_id, payload_type"
                + " from domain_event_entry where global_index > ? order by global_index", row -> {
            String correlationId = row.getString("correlation_id");
            if (correlationId != null && refused.containsKey(correlationId)) {
                String type = row.getString("payload_type");
                written.computeIfAbsent(correlationId, id -> new ArrayList<>())
                        .add(type.substring(type.lastIndexOf('.') + 1));
            }
        }, after);
        List<Finding> findings = new ArrayList<>();
        written.forEach((correlationId, types) -> {
            SweepTally.Refused request = refused.get(correlationId);
            findings.add(Finding.of(Kind.EVENTS_FROM_REFUSED_REQUEST, request.probe(), request.status(),
                    "wrote " + String.join(", ", types)));
        });
        return findings;
    }

    /** Every projection out of error and at the head of the event store, waiting a little for it. */
    List<Finding> processorsCaughtUp() {
        long head = head();
        AtomicReference<List<String>> last = new AtomicReference<>(List.of());
        try {
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(100))
                    .until(() -> behind(head), problems -> {
                        last.set(problems);
                        return problems.isEmpty();
                    });
            return List.of();
        } catch (ConditionTimeoutException e) {
            return last.get().stream().map(problem -> Finding.overall(Kind.READ_MODEL_NOT_LIVE, problem)).toList();
        }
    }

    private List<String> behind(long head) {
        List<String> problems = new ArrayList<>();
        for (String group : ProcessingGroups.ALL) {
            Collection<EventTrackerStatus> segments = segments(group);
            if (segments.isEmpty()) {
                problems.add("processor " + group + " holds no segment: it is not processing events");
            }
            for (EventTrackerStatus segment : segments) {
                if (segment.isErrorState()) {
                    problems.add("processor " + group + " is in error: " + Judge.abbreviate(String.valueOf(
                            segment.getError())));
                } else if (segment.getCurrentPosition().orElse(-1) < head) {
                    problems.add("processor " + group + " stays at position "
                            + segment.getCurrentPosition().orElse(-1) + ", behind the head " + head);
                }
            }
        }
        return problems;
    }

    /** What the sweep put in the dead-letter queue, by processing group, event type and cause. */
    List<Finding> deadLetters() {
        return jdbc.query("select processing_group, payload_type, cause_type, count(*) as letters from dead_letter_entry"
                        + " group by processing_group, payload_type, cause_type order by processing_group",
                (row, index) -> Finding.overall(Kind.READ_MODEL_NOT_LIVE, "%d dead letter(s) in %s: %s (%s)".formatted(
                        row.getLong("letters"), row.getString("processing_group"), row.getString("payload_type"),
                        row.getString("cause_type"))));
    }

    private Collection<EventTrackerStatus> segments(String group) {
        return processing.eventProcessor(group, StreamingEventProcessor.class)
                .map(processor -> processor.processingStatus().values())
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + group));
    }
}
