package com.piquetickets.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a client IP, an email) in fixed windows and refuses once a key has used its allowance.
 * In memory, per node: a cheap brake on abuse (lead-form spam, password guessing), not an accounting system.
 */
public final class RateLimiter {

    private static final int SWEEP_EVERY = 1_000;

    private final String what;
    private final int allowance;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private int untilSweep = SWEEP_EVERY;

    public RateLimiter(String what, int allowance, Duration window, Clock clock) {
        if (allowance < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(what + ": allowance must be >= 1 and window positive");
        }
        this.what = what;
        this.allowance = allowance;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one attempt for {@code key}, or refuses it (429) when the key's allowance for this window is used up. */
    public void acquire(String key) {
        check(key);
        record(key);
    }

    /** Refuses (429) when {@code key} has used its allowance, without counting. */
    public void check(String key) {
        Window current = windows.get(key);
        Instant now = clock.instant();
        if (current != null && current.isOpen(now) && current.count() >= allowance) {
            throw new TooManyRequestsException(what, Duration.between(now, current.endsAt()));
        }
    }

    /** Counts one attempt for {@code key}. */
    public void record(String key) {
        Instant now = clock.instant();
        windows.compute(key, (k, current) -> current == null || !current.isOpen(now)
                ? new Window(now.plus(window), 1) : new Window(current.endsAt(), current.count() + 1));
        sweepNowAndThen(now);
    }

    private synchronized void sweepNowAndThen(Instant now) {
        if (--untilSweep <= 0) {
            untilSweep = SWEEP_EVERY;
            windows.values().removeIf(w -> !w.isOpen(now));
        }
    }

    private record Window(Instant endsAt, int count) {

        boolean isOpen(Instant now) {
            return now.isBefore(endsAt);
        }
    }
}
