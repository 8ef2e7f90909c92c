package com.piquetickets.api.projections;

import com.piquetickets.query.ProcessingGroups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

/**
 * What every event processor is doing: its position against the head of the store, whether it replays and how far,
 * how fast it moves (from position samples taken each poll), when it should be done, and its dead letters. Positions
 * come from the token store, so every node tells the same story; failures are those of the segments this node runs.
 */
@Component
class ProjectionMonitor {

    private record Sample(long nanos, long position) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenPositions tokens;
    private final ProjectionProperties settings;
    private final Clock clock;
    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();
    private final Map<String, Long> lastMoved = new ConcurrentHashMap<>();

    ProjectionMonitor(EventProcessingConfiguration processing, EventStore eventStore, TokenPositions tokens,
                      ProjectionProperties settings, Clock clock) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
    }

    /** The streaming processors of this application, by name. */
    Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> processors = new java.util.TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }

    static String kind(String name) {
        if (ProcessingGroups.ALL.contains(name)) {
            return "PROJECTION";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("saga") || lower.endsWith("sagaprocessor") ? "SAGA" : "POLICY";
    }

    /** Records every processor's position (called on each poll, so rates exist before anyone asks). */
    void sample() {
        Map<String, List<TokenPositions.Segment>> all = tokens.all();
        processors().keySet().forEach(name -> record(name, position(all.get(name))));
    }

    List<ProjectionStatus> statuses(Map<String, ProjectionStatus.Rebuild> rebuilds) {
        long head = head();
        Map<String, List<TokenPositions.Segment>> all = tokens.all();
        List<ProjectionStatus> statuses = new ArrayList<>();
        processors().forEach((name, processor) -> statuses.add(status(name, processor,
                all.getOrDefault(name, List.of()), head, rebuilds.get(name))));
        statuses.sort(Comparator.comparing(ProjectionStatus::name));
        return statuses;
    }

    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, List<TokenPositions.Segment> segments,
                                    long head, ProjectionStatus.Rebuild rebuild) {
        long position = position(segments);
        record(name, position);
        boolean replaying = segments.stream().anyMatch(TokenPositions.Segment::replaying);
        long replayEnd = segments.stream().mapToLong(TokenPositions.Segment::replayEnd).max().orElse(-1);
        String error = processor.processingStatus().values().stream().filter(EventTrackerStatus::isErrorState)
                .map(status -> String.valueOf(status.getError())).findFirst().orElse(null);
        List<String> owners = segments.stream().map(TokenPositions.Segment::owner).filter(Objects::nonNull).distinct()
                .toList();
        long lag = Math.max(0, head - position);
        Double rate = rate(name);
        long target = replaying ? replayEnd : head;
        Instant now = clock.instant();
        Instant end = position >= target ? now : rate == null || rate <= 0 ? null
                : now.plusMillis((long) ((target - position) / rate * 1000));
        Double percent = replaying ? Math.min(100.0, Math.round(1000.0 * (position + 1) / (replayEnd + 1)) / 10.0) : null;
        boolean stuck = lag > 0 && (owners.isEmpty() || !processor.isRunning() || System.nanoTime()
                - lastMoved.getOrDefault(name, System.nanoTime()) > settings.stalledAfter().toNanos());
        String state = error != null ? "ERROR" : replaying ? "REPLAYING" : stuck ? "STALLED" : "LIVE";
        long deadLetters = processing.deadLetterQueue(name).map(SequencedDeadLetterQueue::size).orElse(0L);
        return new ProjectionStatus(name, kind(name), state, position, head, lag, percent, rate, end, deadLetters, owners,
                rebuild, error);
    }

    private static long position(List<TokenPositions.Segment> segments) {
        return segments == null || segments.isEmpty() ? -1
                : segments.stream().mapToLong(TokenPositions.Segment::position).min().orElse(-1);
    }

    private void record(String name, long position) {
        long now = System.nanoTime();
        Deque<Sample> history = samples.computeIfAbsent(name, n -> new ArrayDeque<>());
        synchronized (history) {
            if (!history.isEmpty() && history.peekLast().position() > position) {
                history.clear(); // reset for a replay: the rate starts again from here
            }
            if (history.isEmpty() || history.peekLast().position() != position) {
                lastMoved.put(name, now);
            }
            history.addLast(new Sample(now, position));
            long oldest = now - Duration.ofMinutes(1).toNanos();
            while (history.size() > 2 && history.peekFirst().nanos() < oldest) {
                history.removeFirst();
            }
        }
    }

    /** Events per second over the rate window (the samples within it, oldest to newest). */
    private Double rate(String name) {
        Deque<Sample> history = samples.get(name);
        if (history == null) {
            return null;
        }
        synchronized (history) {
            Sample last = history.peekLast();
            Sample first = null;
            for (Sample sample : history) {
                if (last.nanos() - sample.nanos() <= settings.rateWindow().toNanos()) {
                    first = sample;
                    break;
                }
            }
            if (first == null || first == last || last.nanos() == first.nanos()) {
                return null;
            }
            return Math.round((last.position() - first.position()) * 1e10 / (last.nanos() - first.nanos())) / 10.0;
        }
    }
}
