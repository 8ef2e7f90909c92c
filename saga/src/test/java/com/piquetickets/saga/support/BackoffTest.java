package com.piquetickets.saga.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void waitDoublesAfterEachFailedAttempt() {
        assertThat(Backoff.afterAttempt(1, INITIAL, MAX)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.afterAttempt(2, INITIAL, MAX)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.afterAttempt(3, INITIAL, MAX)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void waitNeverExceedsTheMaximum() {
        assertThat(Backoff.afterAttempt(8, INITIAL, MAX)).isEqualTo(MAX);
        assertThat(Backoff.afterAttempt(1_000, INITIAL, MAX)).isEqualTo(MAX);
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> Backoff.afterAttempt(0, INITIAL, MAX)).isInstanceOf(IllegalArgumentException.class);
    }
}
