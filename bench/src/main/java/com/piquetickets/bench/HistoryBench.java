package com.piquetickets.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Command latency on a Show against the length of its history (10 to 100,000 events).
 *
 * <p>History is made fast and honestly: each show is created and published through the API, its details are updated
 * once through the API (a real {@code ShowDetailsUpdatedEvent}), and that stored event is then copied in SQL, with new
 * event ids and the next sequence numbers, until the show has its number of events. These are exactly the rows the
 * application would have written for as many updates. The application is stopped while rows are inserted (a cached
 * aggregate must not miss them), then restarted twice:
 * After each start, {@value #WARM_COMMANDS} commands on a separate small show warm the JVM up first.
 * <ol>
 *   <li>first start: the processors catch up with the copied events; then one command per show loads its full history
 *   (this is where a snapshot trigger, when configured, takes the first snapshot) - "first load";</li>
 *   <li>second start (caches empty, as after a deploy): one command per show - "cold" - then
 *   {@value #WARM_COMMANDS} more - "warm" (median).</li>
 * </ol>
 * The command is {@code PUT /api/shows/{id}/payment-options} (toggling offline payment), a Show command answered once
 * its event is stored and the show's view has caught up.
 */
final class HistoryBench {

    static final int WARM_COMMANDS = 20;

    record Latency(int events, double firstLoadMs, double coldMs, double warmMedianMs) {
    }

    /** Stops the application, runs {@code whileStopped}, starts it again and answers its HTTP client. */
    interface Restart {
        Http restart(Runnable whileStopped);
    }

    private final BenchConfig config;

    HistoryBench(BenchConfig config) {
        this.config = config;
    }

    List<Latency> run(Catalogue catalogue, Http http, Audit audit, Restart restart) {
        Map<Integer, UUID> shows = new LinkedHashMap<>();
        for (int events : config.historySizes()) {
            UUID showId = catalogue.publishedShow("History " + events, 100, true).showId();
            OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(90).withNano(0);
            Http.Response updated = http.putAsStaff("/api/shows/" + showId, Map.of("title", "History of " + events + " events "
                    + showId.toString().substring(0, 8), "description", "<p>Updated, again and again.</p>",
                    "timeZone", "America/Chicago", "startTime", start.toString(), "endTime", start.plusHours(2).toString(),
                    "venueId", catalogue.venueId()));
            if (updated.status() != 200) {
                throw new IllegalStateException("show update failed: " + updated.status() + " " + updated.body());
            }
            shows.put(events, showId);
        }
        // Takes the JVM's first-request costs (class loading, JIT) so that the first measured show does not pay them.
        UUID warmUp = catalogue.publishedShow("History warm-up", 100, true).showId();
        http = restart.restart(() -> shows.forEach((events, showId) -> grow(audit.connection(), showId, events)));
        Bench.log("history: waiting for the event processors to catch up with " + audit.lastGlobalIndex() + " events");
        awaitProcessors(audit);
        Map<Integer, Double> firstLoad = new LinkedHashMap<>();
        boolean offline = true;
        warmUp(http, warmUp);
        for (var show : shows.entrySet()) {
            firstLoad.put(show.getKey(), command(http, show.getValue(), offline));
        }
        http = restart.restart(() -> { });
        warmUp(http, warmUp);
        List<Latency> latencies = new ArrayList<>();
        for (var show : shows.entrySet()) {
            double cold = command(http, show.getValue(), !offline);
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < WARM_COMMANDS; i++) {
                warm.add(command(http, show.getValue(), i % 2 == 0 == offline));
            }
            latencies.add(new Latency(show.getKey(), firstLoad.get(show.getKey()), cold, Stats.percentile(warm, 50)));
        }
        return latencies;
    }

    private static void warmUp(Http http, UUID showId) {
        for (int i = 0; i < WARM_COMMANDS; i++) {
            command(http, showId, i % 2 == 0);
        }
    }

    private static double command(Http http, UUID showId, boolean offlinePayment) {
        Http.Response answer = http.putAsStaff("/api/shows/" + showId + "/payment-options",
                Map.of("offlinePaymentEnabled", offlinePayment));
        if (answer.status() != 200) {
            throw new IllegalStateException("payment-options failed: " + answer.status() + " " + answer.body());
        }
        return answer.nanos() / 1e6;
    }

    /** Copies the show's last ShowDetailsUpdatedEvent until the show has {@code events} events. */
    private static void grow(Connection db, UUID showId, int events) {
        try (PreparedStatement count = db.prepareStatement(
                "select count(*), max(sequence_number) from domain_event_entry where aggregate_identifier = ?")) {
            count.setString(1, showId.toString());
            long existing;
            long lastSequence;
            try (ResultSet row = count.executeQuery()) {
                row.next();
                existing = row.getLong(1);
                lastSequence = row.getLong(2);
            }
            if (existing >= events) {
                return;
            }
            try (PreparedStatement copy = db.prepareStatement("""
                    insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                                                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                    select nextval('domain_event_entry_seq'), gen_random_uuid()::text, e.aggregate_identifier, ? + n,
                           e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data
                      from (select * from domain_event_entry
                             where aggregate_identifier = ? and payload_type like '%.ShowDetailsUpdatedEvent'
                             order by sequence_number desc limit 1) e,
                           generate_series(1, ?) n
                     order by n""")) {
                copy.setLong(1, lastSequence);
                copy.setString(2, showId.toString());
                copy.setLong(3, events - existing);
                copy.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitProcessors(Audit audit) {
        long target = audit.lastGlobalIndex();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (audit.slowestProcessorPosition() < target) {
            if (System.nanoTime() > deadline) {
                Bench.log("history: processors still behind after 300 s (at " + audit.slowestProcessorPosition() + " of "
                        + target + "); measuring anyway");
                return;
            }
            Bench.sleep(500);
        }
    }
}
