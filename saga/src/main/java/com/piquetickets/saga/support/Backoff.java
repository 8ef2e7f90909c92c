package com.piquetickets.saga.support;

import java.time.Duration;

/** Exponential back-off: {@code initial} after the first failed attempt, doubling after each further one, at most {@code max}. */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public static Duration afterAttempt(int attempt, Duration initial, Duration max) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is 1-based: " + attempt);
        }
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
