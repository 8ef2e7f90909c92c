package com.piquetickets.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The real application, started from its jar as a separate JVM, on PostgreSQL, with Stripe pointed at the fake. */
final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final Http http;

    private AppProcess(Process process, Http http) {
        this.process = process;
        this.http = http;
    }

    static AppProcess start(BenchConfig config, String stripeApiBase, Path log) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(config.appJvmOptions().split("\\s+")));
        command.addAll(List.of("-jar", config.appJar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", Integer.toString(config.appPort()));
        env.put("SPRING_DATASOURCE_URL", config.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", config.dbUser());
        env.put("SPRING_DATASOURCE_PASSWORD", config.dbPassword());
        env.put("PIQUE_STRIPE_SECRET_KEY", "sk_test_bench");
        env.put("PIQUE_STRIPE_API_BASE", stripeApiBase);
        env.put("PIQUE_STRIPE_WEBHOOK_SECRET", config.webhookSecret());
        // Identity (issue 4) creates its first admin from these; before it lands they are ignored.
        env.put("PIQUE_BOOTSTRAP_ADMIN_EMAIL", config.adminEmail());
        env.put("PIQUE_BOOTSTRAP_ADMIN_PASSWORD", config.adminPassword());
        env.put("PIQUE_DATA_DIR", config.workDir().resolve("data").toString());
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            AppProcess app = new AppProcess(process, new Http("http://127.0.0.1:" + config.appPort()));
            app.awaitHealthy(log);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Http http() {
        return http;
    }

    /**
     * CPU time the application's JVM has used so far (all its threads: handlers, processors, JIT, GC). Divided by the
     * orders of an on-sale it is the app's cost per order, a steadier figure than throughput on a shared machine.
     */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private void awaitHealthy(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Bench.sleep(250);
        }
        close();
        throw new IllegalStateException("the application was not healthy within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
