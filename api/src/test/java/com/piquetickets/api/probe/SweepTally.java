package com.piquetickets.api.probe;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a sweep did: the requests sent and their time by operation, the refused requests by correlation id (to look
 * for events they wrote), the baselines' statuses, and what was not sent and why.
 */
final class SweepTally {

    /** A request that got a 4xx or 5xx. */
    record Refused(ProbeCase probe, int status) {
    }

    final Map<String, Refused> refused = new LinkedHashMap<>();
    final Map<String, Integer> baselines = new TreeMap<>();
    final Map<String, Integer> skippedAfterStall = new TreeMap<>();
    private final Map<String, Long> millisByOperation = new TreeMap<>();
    private final Map<String, Integer> requestsByOperation = new TreeMap<>();
    private final Set<String> stalled = new HashSet<>();
    private final Set<String> closedToAnonymous = new HashSet<>();
    int sent;
    int overBudget;
    int unread;
    Duration took = Duration.ZERO;

    void answered(ProbeCase probe, RawResponse response, String correlationId) {
        String operation = probe.operation().key();
        sent++;
        millisByOperation.merge(operation, response.elapsedMillis(), Long::sum);
        requestsByOperation.merge(operation, 1, Integer::sum);
        if (response.status() >= 400) {
            String echoed = response.header("X-Correlation-Id");
            refused.put(echoed != null ? echoed : correlationId, new Refused(probe, response.status()));
        }
        if (probe.isBaseline()) {
            baselines.put(operation + " as " + probe.caller().name().toLowerCase(), response.status());
            if (probe.caller() == ProbeCase.Caller.ANONYMOUS && response.status() == 401
                    && "unauthenticated".equals(response.problemCode())) {
                closedToAnonymous.add(operation);
            }
        }
    }

    /**
     * A body field sent anonymously to an operation that refused its anonymous baseline as unauthenticated: access
     * is checked before the body is read, so the case would get the baseline's 401 again.
     */
    boolean refusedBeforeTheBody(ProbeCase probe) {
        return probe.caller() == ProbeCase.Caller.ANONYMOUS && probe.slot() != null
                && probe.slot().place() == Slot.Place.FIELD && closedToAnonymous.contains(probe.operation().key());
    }

    void stall(ProbeCase probe) {
        stalled.add(probe.operation().key());
    }

    boolean stalled(ProbeCase probe) {
        return stalled.contains(probe.operation().key());
    }

    void skippedAfterStall(ProbeCase probe) {
        skippedAfterStall.merge(probe.operation().key(), 1, Integer::sum);
    }

    /** How long the service took to answer, all requests together (the rest of the sweep's time is the client's). */
    Duration answering() {
        return Duration.ofMillis(millisByOperation.values().stream().mapToLong(Long::longValue).sum());
    }

    /** The operations that took longest in all, slowest first: where to look when the sweep grows slow. */
    String slowest(int count) {
        return millisByOperation.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(count).map(entry -> "%s %d s/%d".formatted(entry.getKey(), entry.getValue() / 1000,
                        requestsByOperation.get(entry.getKey())))
                .collect(Collectors.joining(", "));
    }
}
