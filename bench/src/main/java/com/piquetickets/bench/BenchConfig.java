package com.piquetickets.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** What a run uses; every value can be overridden from the environment (bench/run.sh documents them). */
record BenchConfig(
        Path repoRoot,
        Path workDir,
        Path appJar,
        String appJvmOptions,
        int appPort,
        String dbHost,
        int dbPort,
        String dbName,
        String dbUser,
        String dbPassword,
        String webhookSecret,
        String adminEmail,
        String adminPassword,
        List<Integer> buyers,
        int capacity,
        int freeVariantBuyers,
        int reserveOnlyBuyers,
        List<Integer> historySizes,
        Path yardstickScript,
        String yardstickDb,
        int runTimeoutSeconds) {

    static BenchConfig fromEnvironment() {
        Path root = Path.of(env("BENCH_REPO_ROOT", ".")).toAbsolutePath().normalize();
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        return new BenchConfig(
                root,
                root.resolve("bench/target/run"),
                Path.of(env("BENCH_APP_JAR", root.resolve("api/target/api-0.1.0-SNAPSHOT.jar").toString())),
                env("BENCH_APP_JVM_OPTS", "-Xms1g -Xmx2g -XX:+UseG1GC"),
                Integer.parseInt(env("BENCH_APP_PORT", "18089")),
                env("PGHOST", "127.0.0.1"),
                Integer.parseInt(env("PGPORT", "5432")),
                env("BENCH_DB", "pique_bench"),
                env("PGUSER", "postgres"),
                env("PGPASSWORD", ""),
                "whsec_bench_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12)),
                env("BENCH_ADMIN_EMAIL", "bench-admin@example.com"),
                password,
                ints(env("BENCH_BUYERS", "8 32 128")),
                Integer.parseInt(env("BENCH_CAPACITY", "5000")),
                Integer.parseInt(env("BENCH_FREE_BUYERS", "32")),
                Integer.parseInt(env("BENCH_RESERVE_ONLY_BUYERS", "32")),
                ints(env("BENCH_HISTORY", "10 1000 10000 100000")),
                root.resolve(env("PIQUE_YARDSTICK", "../shared/bench/pg-yardstick.sh")).normalize(),
                env("YARD_DB", "pique_yardstick"),
                Integer.parseInt(env("BENCH_RUN_TIMEOUT_SECONDS", "75")));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + dbName;
    }

    String adminJdbcUrl() {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/postgres";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<Integer> ints(String spaced) {
        return Arrays.stream(spaced.trim().split("[\\s,]+")).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
    }
}
