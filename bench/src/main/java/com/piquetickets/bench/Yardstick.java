package com.piquetickets.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the shared PostgreSQL yardstick (../shared/bench/pg-yardstick.sh) and reads its lines. */
final class Yardstick {

    private static final Pattern LINE = Pattern.compile("yardstick=(\\w+) clients=(\\d+) tps=([0-9.]+|nan)");

    /**
     * tps by kind ("insert", "hot") and client count. One script run per client count, so that a count the server
     * cannot serve (more clients than max_connections) is reported as NaN instead of ending the benchmark.
     */
    static Map<String, Map<Integer, Double>> measure(BenchConfig config) {
        Map<String, Map<Integer, Double>> tps = new HashMap<>();
        for (int clients : config.buyers()) {
            if (!run(config, clients, tps)) {
                Bench.log("pg-yardstick.sh failed at " + clients + " clients (max_connections?); its ratios are NaN");
            }
        }
        return tps;
    }

    private static boolean run(BenchConfig config, int clients, Map<String, Map<Integer, Double>> tps) {
        ProcessBuilder builder = new ProcessBuilder("bash", config.yardstickScript().toString(), Integer.toString(clients))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("YARD_DB", config.yardstickDb());
        builder.environment().putIfAbsent("PGUSER", config.dbUser());
        builder.environment().putIfAbsent("PGHOST", config.dbHost());
        builder.environment().putIfAbsent("PGPORT", Integer.toString(config.dbPort()));
        try {
            Process process = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Bench.log(line);
                    Matcher m = LINE.matcher(line);
                    if (m.find()) {
                        tps.computeIfAbsent(m.group(1), k -> new HashMap<>()).put(Integer.parseInt(m.group(2)),
                                m.group(3).equals("nan") ? Double.NaN : Double.parseDouble(m.group(3)));
                    }
                }
            }
            return process.waitFor() == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
