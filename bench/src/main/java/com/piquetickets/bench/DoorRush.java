package com.piquetickets.bench;

import com.piquetickets.saga.fakes.FakeStripe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The door rush (issue 15), run by {@code bench/run.sh --door-rush}: the real application on a fresh PostgreSQL
 * database, one show with {@code BENCH_DOOR_TICKETS} (5,000) free tickets sold through the API, and
 * {@code BENCH_DOOR_DEVICES} (16) door devices, each with its own door token, scanning every ticket's signed code at
 * once; every tenth ticket is scanned a second time by another device right after the first, as a queue re-scanning
 * does. Reports scans per second, p50/p99 scan latency, how long the live-count stream takes to show the last scan, CPU
 * and commits per scan, and the ratios to the PostgreSQL yardstick at the device count. Correct when every ticket was
 * admitted exactly once (answers, event store and read model agree) and no scan failed; exit status 1 otherwise.
 */
public final class DoorRush {

    private static final String ADMITTED_EVENT = "com.piquetickets.domain.attendee.AttendeeAdmittedEvent";
    private static final int SELLERS = 32;
    private static final int TICKETS_PER_ORDER = 10;
    private static final int WARM_UP_TICKETS = 300;

    private DoorRush() {
    }

    record Scan(String code, String scanId) {
    }

    record Outcome(int scans, double seconds, List<Double> latenciesMs, Map<String, Integer> results, int errors,
                   long lastAnsweredNanos) {
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = BenchConfig.fromEnvironment();
        int devices = config.buyers().getFirst();
        int tickets = Integer.parseInt(System.getenv().getOrDefault("BENCH_DOOR_TICKETS", "5000"));
        Files.createDirectories(config.workDir());
        Path appLog = config.workDir().resolve("door-app.log");
        Files.deleteIfExists(appLog);
        Bench.log("door rush: " + tickets + " tickets, " + devices + " devices; machine "
                + Runtime.getRuntime().availableProcessors() + " cores; app log " + appLog);
        Map<String, Map<Integer, Double>> yardstick = Yardstick.measure(config);
        recreateDatabase(config);
        boolean correct;
        try (FakeStripe stripe = FakeStripe.start(config.webhookSecret());
             Audit audit = new Audit(config);
             AppProcess app = AppProcess.start(config, stripe.apiBase(), appLog);
             Connection db = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword())) {
            Http staff = app.http();
            new Catalogue(staff, config, stripe).signIn();
            UUID venue = Catalogue.created(staff.postAsStaff("/api/venues", Map.of("name", "Door Hall",
                    "address", "1 Main St", "city", "Chicago", "state", "IL", "zipCode", "60601")));
            UUID producer = Catalogue.created(staff.postAsStaff("/api/producers", Map.of("name", "Door Productions",
                    "country", "US")));

            UUID warmUp = showTonight(staff, producer, venue, "Warm-up night", WARM_UP_TICKETS, db);
            rush(staff, warmUp, List.of(door(staff, warmUp, "Warm-up 1"), door(staff, warmUp, "Warm-up 2")), db, 0.0);

            UUID show = showTonight(staff, producer, venue, "Door rush", tickets, db);
            List<Http> doors = new ArrayList<>();
            for (int i = 1; i <= devices; i++) {
                doors.add(door(staff, show, "Door " + i));
            }
            AtomicLong allAdmittedShown = new AtomicLong();
            String token = staff.post("/api/auth/token", Map.of("email", config.adminEmail(),
                    "password", config.adminPassword())).text("accessToken");
            HttpResponse<InputStream> stream = dashboard(staff, token, show, tickets, allAdmittedShown);
            CpuLedger.Reading cpuBefore = CpuLedger.read(app);
            long commitsBefore = audit.commits();
            Outcome outcome = rush(staff, show, doors, db, 0.1);
            CpuLedger.Usage cpu = CpuLedger.between(cpuBefore, CpuLedger.read(app));
            long dashboardDone = awaitDashboard(allAdmittedShown);
            stream.body().close();
            Bench.sleep(1500); // PostgreSQL reports a backend's commits to its statistics within about a second
            long commits = audit.commits() - commitsBefore;

            int admittedAnswers = outcome.results().getOrDefault("ADMITTED", 0);
            int alreadyInside = outcome.results().getOrDefault("ALREADY_INSIDE", 0);
            long[] store = eventStore(db, show);
            long insideReadModel = awaitInside(db, show, tickets);
            correct = admittedAnswers == tickets && store[0] == tickets && store[1] == 0 && insideReadModel == tickets
                    && outcome.errors() == 0 && alreadyInside == outcome.scans() - tickets;
            double scansPerSecond = outcome.scans() / outcome.seconds();
            double dashboardLagMs = dashboardDone == 0 ? Double.NaN
                    : (dashboardDone - outcome.lastAnsweredNanos()) / 1e6;
            Bench.log(String.format(Locale.ROOT, "door_rush devices=%d tickets=%d scans=%d scans_per_s=%.1f"
                            + " scan_p50_ms=%.1f scan_p99_ms=%.1f admitted=%d already_inside=%d errors=%d admitted_es=%d"
                            + " double_admissions_es=%d inside_rm=%d dashboard_lag_ms=%.0f insert_ratio=%.3f hot_ratio=%.3f"
                            + " app_cpu_ms_per_scan=%.2f db_cpu_ms_per_scan=%.2f driver_cpu_ms_per_scan=%.2f"
                            + " machine_busy=%.2f db_commits_per_scan=%.2f correct=%s",
                    devices, tickets, outcome.scans(), scansPerSecond, Stats.percentile(outcome.latenciesMs(), 50),
                    Stats.percentile(outcome.latenciesMs(), 99), admittedAnswers, alreadyInside, outcome.errors(), store[0],
                    store[1], insideReadModel, dashboardLagMs, ratio(scansPerSecond, yardstick, "insert", devices),
                    ratio(scansPerSecond, yardstick, "hot", devices), cpu.appMsPer(outcome.scans()),
                    cpu.databaseMsPer(outcome.scans()), cpu.driverMsPer(outcome.scans()),
                    cpu.machineBusy(Runtime.getRuntime().availableProcessors()),
                    (double) commits / outcome.scans(), correct));
            System.out.println(String.format(Locale.ROOT, "SUMMARY door_rush correct=%s scans/s=%.0f,insert=%.2f,hot=%.2f,"
                            + "p50_ms=%.1f,p99_ms=%.1f,double_admissions=%d,dashboard_lag_ms=%.0f", correct, scansPerSecond,
                    ratio(scansPerSecond, yardstick, "insert", devices), ratio(scansPerSecond, yardstick, "hot", devices),
                    Stats.percentile(outcome.latenciesMs(), 50), Stats.percentile(outcome.latenciesMs(), 99), store[1],
                    dashboardLagMs));
        }
        System.exit(correct ? 0 : 1);
    }

    /** A published show with one free ticket type, starting in an hour (check-in is open), every ticket sold. */
    private static UUID showTonight(Http staff, UUID producer, UUID venue, String title, int tickets, Connection db) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).withNano(0);
        UUID show = Catalogue.created(staff.postAsStaff("/api/shows", Map.of("producerId", producer, "venueId", venue,
                "title", title + " " + UUID.randomUUID().toString().substring(0, 8), "timeZone", "America/Chicago",
                "startTime", start.toString(), "endTime", start.plusHours(2).toString())));
        UUID ticketType = Catalogue.created(staff.postAsStaff("/api/shows/" + show + "/ticket-types",
                Map.of("name", "Free entry", "quantity", tickets, "price", 0)));
        Http.Response published = staff.postAsStaff("/api/shows/" + show + "/publish", null);
        if (published.status() != 200) {
            throw new IllegalStateException("publish failed: " + published.status() + " " + published.body());
        }
        sell(staff, show, ticketType, tickets);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (count(db, "select count(*) from ticket_attendee where show_id = ?", show) < tickets) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the tickets of " + title + " were not all issued within 300 s");
            }
            Bench.sleep(500);
        }
        Bench.log(title + ": " + tickets + " tickets issued");
        return show;
    }

    /** Free orders of ten tickets, placed by {@value #SELLERS} buyers at once. */
    private static void sell(Http http, UUID show, UUID ticketType, int tickets) {
        AtomicInteger left = new AtomicInteger(tickets);
        parallel(SELLERS, () -> {
            for (int quantity; (quantity = take(left)) > 0; ) {
                Http.Response placed = http.post("/api/orders", Map.of("showId", show, "buyer", Map.of("firstName", "Door",
                        "lastName", "Guest", "email", "guest@example.com"), "lines", Catalogue.line(ticketType, quantity)));
                if (placed.status() != 201) {
                    throw new IllegalStateException("a free order failed: " + placed.status() + " " + placed.body());
                }
            }
        });
    }

    private static int take(AtomicInteger left) {
        int before = left.getAndUpdate(n -> Math.max(0, n - TICKETS_PER_ORDER));
        return Math.min(before, TICKETS_PER_ORDER);
    }

    /** Opens a check-in session; answers an HTTP client that sends the device's door token. */
    private static Http door(Http staff, UUID show, String name) {
        Http.Response opened = staff.postAsStaff("/api/shows/" + show + "/check-in-sessions", Map.of("name", name));
        if (opened.status() != 201) {
            throw new IllegalStateException("opening a check-in session failed: " + opened.status() + " " + opened.body());
        }
        Http device = new Http(staff.base());
        device.useBearerToken(opened.text("token"));
        return device;
    }

    /**
     * Every ticket's signed code scanned once, spread over the devices; a share of the tickets scanned twice in a row by
     * two devices. Answers how the scans went.
     */
    private static Outcome rush(Http staff, UUID show, List<Http> doors, Connection db, double repeatShare) {
        List<UUID> ticketIds = ids(db, show);
        List<String> codes = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(ticketIds.size(), "")));
        AtomicInteger next = new AtomicInteger();
        parallel(doors.size(), () -> {
            for (int i; (i = next.getAndIncrement()) < ticketIds.size(); ) {
                codes.set(i, staff.get("/api/attendees/" + ticketIds.get(i) + "/code").text("code"));
            }
        });
        Queue<Scan> queue = new ConcurrentLinkedQueue<>();
        int every = repeatShare <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / repeatShare);
        for (int i = 0; i < codes.size(); i++) {
            queue.add(new Scan(codes.get(i), "scan-" + i));
            if (i % every == 0) {
                queue.add(new Scan(codes.get(i), "again-" + i));
            }
        }
        int scans = queue.size();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>(scans));
        Map<String, Integer> results = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong lastAnswered = new AtomicLong();
        long started = System.nanoTime();
        AtomicInteger device = new AtomicInteger();
        parallel(doors.size(), () -> {
            Http door = doors.get(device.getAndIncrement());
            for (Scan scan; (scan = queue.poll()) != null; ) {
                Http.Response answer = door.postAsStaff("/api/check-in/scans", Map.of("code", scan.code(),
                        "scanId", scan.scanId(), "gate", "Gate " + (doors.indexOf(door) + 1)));
                lastAnswered.accumulateAndGet(System.nanoTime(), Math::max);
                latencies.add(answer.nanos() / 1e6);
                if (answer.status() == 200) {
                    results.merge(answer.text("result"), 1, Integer::sum);
                } else {
                    errors.incrementAndGet();
                }
            }
        });
        double seconds = (lastAnswered.get() - started) / 1e9;
        return new Outcome(scans, seconds, List.copyOf(latencies), Map.copyOf(results), errors.get(), lastAnswered.get());
    }

    /** Follows the show's live-count stream and notes when it first shows every ticket admitted. */
    private static HttpResponse<InputStream> dashboard(Http staff, String token, UUID show, int tickets,
                                                      AtomicLong allAdmittedShown) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(staff.base() + "/api/shows/" + show + "/check-in/stats/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the live-count stream answered " + response.statusCode());
        }
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data:") && admitted(line.substring(5)) == tickets) {
                        allAdmittedShown.compareAndSet(0, System.nanoTime());
                    }
                }
            } catch (IOException closed) {
                // the run is over
            }
        });
        return response;
    }

    /** When the stream first showed every ticket admitted (0: not within 60 s). */
    private static long awaitDashboard(AtomicLong allAdmittedShown) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (allAdmittedShown.get() == 0 && System.nanoTime() < deadline) {
            Bench.sleep(20);
        }
        return allAdmittedShown.get();
    }

    private static long admitted(String stats) {
        try {
            return Http.JSON.readTree(stats).path("admitted").asLong();
        } catch (IOException e) {
            return -1;
        }
    }

    /** {tickets with an admission, tickets admitted more than once} as the event store has them. */
    private static long[] eventStore(Connection db, UUID show) {
        String perTicket = "select e.aggregate_identifier, count(*) n from domain_event_entry e"
                + " join ticket_attendee a on a.id::text = e.aggregate_identifier"
                + " where a.show_id = ? and e.payload_type = '" + ADMITTED_EVENT + "' group by e.aggregate_identifier";
        return new long[] {count(db, "select count(*) from (" + perTicket + ") t", show),
                count(db, "select count(*) from (" + perTicket + ") t where n > 1", show)};
    }

    private static long awaitInside(Connection db, UUID show, int tickets) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long inside;
        while ((inside = count(db, "select count(*) from ticket_attendee where show_id = ? and is_checked_in", show)) < tickets
                && System.nanoTime() < deadline) {
            Bench.sleep(250);
        }
        return inside;
    }

    private static List<UUID> ids(Connection db, UUID show) {
        try (PreparedStatement query = db.prepareStatement("select id from ticket_attendee where show_id = ? order by id")) {
            query.setObject(1, show);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection db, String sql, UUID show) {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, show);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void parallel(int threads, Runnable work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            });
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    private static double ratio(double value, Map<String, Map<Integer, Double>> yardstick, String kind, int clients) {
        Double reference = yardstick.getOrDefault(kind, Map.of()).get(clients);
        return reference == null || reference == 0 ? Double.NaN : value / reference;
    }

    /** A fresh database for the run (the on-sale benchmark does the same in {@code Bench}). */
    private static void recreateDatabase(BenchConfig config) {
        try (Connection admin = DriverManager.getConnection(config.adminJdbcUrl(), config.dbUser(), config.dbPassword());
             Statement sql = admin.createStatement()) {
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + config.dbName() + "'");
            sql.execute("drop database if exists " + config.dbName());
            sql.execute("create database " + config.dbName());
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + config.dbName(), e);
        }
    }
}
