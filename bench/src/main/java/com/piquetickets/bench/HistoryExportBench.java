package com.piquetickets.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.piquetickets.saga.fakes.FakeStripe;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The analysts' desk on a large store ({@code bench/run.sh} with {@code BENCH_EXPORT=1}): a real on-sale through the
 * API, grown to {@code BENCH_EXPORT_EVENTS} events (default 1,000,000; {@code BENCH_SHORT=1}: 100,000), then, with the
 * application on a small heap ({@code BENCH_EXPORT_APP_JVM_OPTS}, default -Xmx256m):
 * <ol>
 *   <li>the floor: the rows read with a JDBC cursor and deserialised by Axon's serializer, in the driver's JVM;</li>
 *   <li>the NDJSON export of the whole store over HTTP (completing at that heap is the flat-memory proof), and Parquet;</li>
 *   <li>every projection rebuilt from scratch through {@code POST /api/admin/projections/{name}/rebuild}, watched
 *   until all are at the head;</li>
 *   <li>"as of" latency on the grown show (its ledger holds every copy's sales), p50 and p99 of 200 instants.</li>
 * </ol>
 * Export and rebuild are reported as events per second and as ratios to the floor measured in the same run.
 */
public final class HistoryExportBench {

    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(60);

    private HistoryExportBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean shortRun = "1".equals(System.getenv("BENCH_SHORT"));
        long target = Long.parseLong(env("BENCH_EXPORT_EVENTS", shortRun ? "100000" : "1000000"));
        int orders = Integer.parseInt(env("BENCH_EXPORT_ORDERS", "100"));
        BenchConfig base = BenchConfig.fromEnvironment();
        BenchConfig config = new BenchConfig(base.repoRoot(), base.workDir(), base.appJar(),
                env("BENCH_EXPORT_APP_JVM_OPTS", "-Xms128m -Xmx256m -XX:+UseG1GC"), base.appPort(), base.dbHost(),
                base.dbPort(), env("BENCH_EXPORT_DB", "pique_bench_export"), base.dbUser(), base.dbPassword(),
                base.webhookSecret(), base.adminEmail(), base.adminPassword(), base.buyers(), base.capacity(),
                base.freeVariantBuyers(), base.reserveOnlyBuyers(), base.historySizes(), base.yardstickScript(),
                base.yardstickDb(), base.runTimeoutSeconds());
        Files.createDirectories(config.workDir());
        Path appLog = config.workDir().resolve("export-app.log");
        Files.deleteIfExists(appLog);
        Bench.log("export bench: " + target + " events; app JVM " + config.appJvmOptions() + "; database " + config.jdbcUrl());
        recreate(config);

        try (FakeStripe stripe = FakeStripe.start(config.webhookSecret());
             Connection db = DriverManager.getConnection(config.jdbcUrl() + "?reWriteBatchedInserts=true",
                     config.dbUser(), config.dbPassword())) {
            AppProcess app = AppProcess.start(config, stripe.apiBase(), appLog);
            UUID showId;
            long saleStart;
            try {
                Http http = app.http();
                Catalogue catalogue = new Catalogue(http, config, stripe);
                catalogue.signIn();
                catalogue.createOrganisers();
                Catalogue.OnSale show = catalogue.publishedShow("Export on-sale", 1_000_000, true);
                showId = show.showId();
                ok(http.putAsStaff("/api/shows/" + showId + "/payment-options", Map.of("offlinePaymentEnabled", true)));
                saleStart = HistoryGenerator.count(db) == 0 ? 0 : maxIndex(db);
                sell(http, show, orders);
                awaitQuiet(db);
            } finally {
                app.close();
            }
            Instant[] span = HistoryGenerator.grow(db, saleStart, showId, target, Duration.ofSeconds(2));
            HistoryGenerator.tokensToHead(db);
            long events = HistoryGenerator.count(db);
            try (Statement sql = db.createStatement()) {
                sql.execute("vacuum analyze domain_event_entry");
            }
            Bench.log("export bench: the store holds " + events + " events; on-sale from " + span[0] + " to " + span[1]);

            double floor = DeserialisationFloor.eventsPerSecond(db);
            app = AppProcess.start(config, stripe.apiBase(), appLog);
            try {
                Http http = app.http();
                new Catalogue(http, config, stripe).signIn();
                String token = token(http, config);
                double[] ndjson = export(http.base(), token, "ndjson");
                double[] parquet = shortRun ? new double[] {Double.NaN, Double.NaN} : export(http.base(), token, "parquet");
                // BENCH_EXPORT_REBUILD: "all" projections (default), a comma-separated list, or 0 for the exports
                // alone (the as-of needs the rebuilt sales ledger, so it goes too).
                String which = env("BENCH_EXPORT_REBUILD", "all");
                boolean rebuilt = !which.equals("0");
                double rebuild = rebuilt ? rebuild(http, token, events, which) : Double.NaN;
                double[] asOf = rebuilt ? asOf(http.base(), token, showId, span) : new double[] {Double.NaN, Double.NaN};
                System.out.println(String.format(Locale.ROOT, "SUMMARY export events=%d floor_events_per_s=%.0f "
                                + "ndjson_events_per_s=%.0f ndjson_ratio=%.2f ndjson_mb=%.0f parquet_events_per_s=%.0f "
                                + "parquet_mb=%.1f rebuild_events_per_s=%.0f rebuild_ratio=%.2f as_of_p50_ms=%.1f "
                                + "as_of_p99_ms=%.1f rebuilt=%s app_jvm=\"%s\"", events, floor, ndjson[0], ndjson[0] / floor,
                        ndjson[1] / 1e6, parquet[0], parquet[1] / 1e6, rebuild, rebuild / floor, asOf[0], asOf[1],
                        which, config.appJvmOptions()));
            } finally {
                app.close();
            }
        }
    }

    /** Offline orders of 1 to 3 seats; most paid, a few refunded, the rest left held. */
    private static void sell(Http http, Catalogue.OnSale show, int orders) {
        Random random = new Random(14);
        for (int i = 0; i < orders; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("showId", show.showId());
            body.put("buyer", Map.of("firstName", "Buyer", "lastName", "No " + i, "email", "buyer" + i + "@example.com"));
            body.put("lines", Catalogue.line(show.ticketTypeId(), 1 + random.nextInt(3)));
            body.put("paymentMethod", "OFFLINE");
            Http.Response placed = http.post("/api/orders", body);
            if (placed.status() != 201) {
                throw new IllegalStateException("order refused: " + placed.status() + " " + placed.body());
            }
            String order = placed.text("orderId");
            if (i % 5 != 4) {
                ok(http.postAsStaff("/api/orders/" + order + "/payments/confirm", Map.of("note", "paid at the bench")));
                if (i % 10 == 3) {
                    Http.Response refund = http.postAsStaff("/api/orders/" + order + "/refunds", Map.of("reason", "bench"));
                    if (refund.status() / 100 != 2) {
                        throw new IllegalStateException("refund refused: " + refund.status() + " " + refund.body());
                    }
                }
            }
        }
    }

    /** Streams the whole store in a format to nowhere, counting; answers {events per second, bytes}. */
    private static double[] export(String base, String token, String format) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/events/export?format=" + format)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(format + " export answered " + response.statusCode());
        }
        long bytes = 0;
        long lines = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = body.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long resumeAfter = Long.parseLong(response.headers().firstValue("Pique-Resume-After").orElse("-1"));
        long events = format.equals("ndjson") ? lines : resumeAfter;
        Bench.log(String.format(Locale.ROOT, "export bench: %s export of %d events, %.1f MB in %.1f s (resume after %d)",
                format, events, bytes / 1e6, seconds, resumeAfter));
        return new double[] {events / seconds, bytes};
    }

    /** Rebuilds the projections at once; answers events per second (the store's events over the wall time). */
    private static double rebuild(Http http, String token, long events, String which) {
        http.useBearerToken(token);
        List<String> projections = new ArrayList<>();
        List<String> asked = List.of(which.split(","));
        for (JsonNode status : statuses(http)) {
            String name = status.path("name").asText();
            if (status.path("kind").asText().equals("PROJECTION") && (which.equals("all") || asked.contains(name))) {
                projections.add(name);
            }
        }
        // Users last: while it replays, the users it has not reached yet cannot sign in (the bench's admin included).
        if (projections.remove("users")) {
            projections.add("users");
        }
        long start = System.nanoTime();
        for (String projection : projections) {
            Http.Response accepted = http.postAsStaff("/api/admin/projections/" + projection + "/rebuild", null);
            if (accepted.status() != 202) {
                throw new IllegalStateException("rebuild of " + projection + " refused: " + accepted.status());
            }
        }
        long deadline = start + REBUILD_TIMEOUT.toNanos();
        long lastLog = 0;
        while (true) {
            List<JsonNode> statuses = statuses(http).stream()
                    .filter(s -> projections.contains(s.path("name").asText())).toList();
            boolean done = !statuses.isEmpty() && statuses.stream().allMatch(s -> s.path("state").asText().equals("LIVE")
                    && s.path("position").asLong() == s.path("head").asLong()
                    && s.path("rebuild").path("state").asText().equals("STARTED"));
            if (done) {
                break;
            }
            if (System.nanoTime() - lastLog > 15_000_000_000L) {
                lastLog = System.nanoTime();
                StringBuilder progress = new StringBuilder("export bench: rebuilding");
                statuses.forEach(s -> progress.append(' ').append(s.path("name").asText()).append('=')
                        .append(s.path("replayPercent").isNull() ? s.path("state").asText()
                                : s.path("replayPercent").asText() + "%@" + s.path("eventsPerSecond").asText() + "/s"));
                Bench.log(progress.toString());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not finish within " + REBUILD_TIMEOUT);
            }
            Bench.sleep(1000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Bench.log(String.format(Locale.ROOT, "export bench: %d projections rebuilt from %d events in %.1f s",
                projections.size(), events, seconds));
        return events / seconds;
    }

    /** "As of" random instants of the on-sale; answers {p50, p99} in milliseconds. */
    private static double[] asOf(String base, String token, UUID showId, Instant[] span) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Random random = new Random(1014);
        long range = Duration.between(span[0], span[1]).toMillis();
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            Instant at = span[0].plusMillis((long) (random.nextDouble() * range));
            long start = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/api/analytics/shows/"
                    + showId + "/sales?asOf=" + at)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("as-of answered " + answer.statusCode() + " " + answer.body());
            }
            if (i >= 20) {
                latencies.add(millis); // the first 20 warm the path up
            }
        }
        JsonNode last = Http.JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/analytics/shows/"
                + showId + "/sales?asOf=" + span[1])).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        double p50 = Stats.percentile(latencies, 50);
        double p99 = Stats.percentile(latencies, 99);
        Bench.log(String.format(Locale.ROOT, "export bench: as-of p50 %.1f ms, p99 %.1f ms over %d instants; at the end "
                + "sold=%d held=%d refunded=%d gross=%s", p50, p99, latencies.size(), last.path("totals").path("sold")
                .asInt(), last.path("totals").path("held").asInt(), last.path("totals").path("refunded").asInt(),
                last.path("totals").path("gross").path("amount").asText()));
        return new double[] {p50, p99};
    }

    private static List<JsonNode> statuses(Http http) {
        Http.Response response = http.getAsStaff("/api/admin/projections");
        if (response.status() == 401) {
            return List.of(); // the users projection has not replayed the admin yet
        }
        if (response.status() != 200) {
            throw new IllegalStateException("projections answered " + response.status() + " " + response.body());
        }
        List<JsonNode> statuses = new ArrayList<>();
        response.json().forEach(statuses::add);
        return statuses;
    }

    private static String token(Http http, BenchConfig config) {
        return http.post("/api/auth/token", Map.of("email", config.adminEmail(), "password", config.adminPassword()))
                .text("accessToken");
    }

    private static void awaitQuiet(Connection db) throws Exception {
        long last = -1;
        for (int i = 0; i < 120; i++) {
            long now = HistoryGenerator.count(db);
            if (now == last) {
                return;
            }
            last = now;
            Bench.sleep(2000);
        }
    }

    private static long maxIndex(Connection db) throws Exception {
        try (Statement sql = db.createStatement(); var row = sql.executeQuery("select max(global_index) from domain_event_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void ok(Http.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("answered " + response.status() + " " + response.body());
        }
    }

    private static void recreate(BenchConfig config) throws Exception {
        try (Connection admin = DriverManager.getConnection(config.adminJdbcUrl(), config.dbUser(), config.dbPassword());
             Statement sql = admin.createStatement()) {
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + config.dbName() + "'");
            sql.execute("drop database if exists " + config.dbName());
            sql.execute("create database " + config.dbName());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
