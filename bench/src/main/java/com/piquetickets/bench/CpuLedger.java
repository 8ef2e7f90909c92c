package com.piquetickets.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the machine's CPU goes during an on-sale: the application's JVM, PostgreSQL's server processes and this
 * driver (buyers, webhooks and the fake Stripe). All three share the machine, so their sum per order is what an order
 * costs the machine, and it bounds the throughput: cores ÷ CPU per order.
 *
 * <p>PostgreSQL is read from {@code /proc} (Linux): the processes named {@code postgres}, counted per process so that
 * a backend started during the on-sale counts in full; one that ends during it drops out, so the figure can only be
 * low. Without {@code /proc} the database's share is NaN.
 */
final class CpuLedger {

    private static final Path PROC = Path.of("/proc");
    /** USER_HZ, the unit of {@code /proc/<pid>/stat}'s times; 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;

    record Reading(Duration app, Map<Long, Long> databaseTicks, Duration driver, long nanoTime) {
    }

    record Usage(Duration app, Duration database, Duration driver, Duration wall) {

        /** CPU milliseconds per order, by process group. */
        double appMsPer(int orders) {
            return per(app, orders);
        }

        double databaseMsPer(int orders) {
            return database == null ? Double.NaN : per(database, orders);
        }

        double driverMsPer(int orders) {
            return per(driver, orders);
        }

        /** Share of the machine's cores in use over the on-sale (1.0: saturated). */
        double machineBusy(int cores) {
            Duration database = this.database == null ? Duration.ZERO : this.database;
            return (app.plus(database).plus(driver).toNanos() / 1e9) / (cores * (wall.toNanos() / 1e9));
        }

        private static double per(Duration cpu, int orders) {
            return orders == 0 ? Double.NaN : cpu.toNanos() / 1e6 / orders;
        }
    }

    private CpuLedger() {
    }

    static Reading read(AppProcess app) {
        return new Reading(app.cpuTime(), databaseTicks(), ProcessHandle.current().info().totalCpuDuration()
                .orElse(Duration.ZERO), System.nanoTime());
    }

    static Usage between(Reading before, Reading after) {
        Duration database = null;
        if (after.databaseTicks() != null && before.databaseTicks() != null) {
            long ticks = 0;
            for (Map.Entry<Long, Long> process : after.databaseTicks().entrySet()) {
                ticks += process.getValue() - before.databaseTicks().getOrDefault(process.getKey(), 0L);
            }
            database = Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
        }
        return new Usage(after.app().minus(before.app()), database, after.driver().minus(before.driver()),
                Duration.ofNanos(after.nanoTime() - before.nanoTime()));
    }

    /** utime + stime of every {@code postgres} process, by pid; null without {@code /proc}. */
    private static Map<Long, Long> databaseTicks() {
        if (!Files.isDirectory(PROC)) {
            return null;
        }
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    // pid (comm) state ppid ...: comm may hold spaces, so the fields are counted after its ')'.
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open < 0 || close < open || !stat.substring(open + 1, close).equals("postgres")) {
                        return;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
                    ticks.put(Long.parseLong(p.getFileName().toString()),
                            Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (IOException | RuntimeException gone) {
                    // the process ended between the listing and the read
                }
            });
        } catch (IOException e) {
            return null;
        }
        return ticks;
    }
}
