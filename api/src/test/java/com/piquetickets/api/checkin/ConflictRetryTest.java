package com.piquetickets.api.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/** The loser of a concurrent append asks again; anything else is not retried. */
class ConflictRetryTest {

    @Test
    void aConcurrentAppendIsRetriedAndTheSecondAnswerCounts() {
        AtomicInteger calls = new AtomicInteger();
        String answer = ConflictRetry.call(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new CommandExecutionException("append failed", new ConcurrencyException("sequence 1 is taken"));
            }
            return "ALREADY_INSIDE";
        }, 3);
        assertThat(answer).isEqualTo("ALREADY_INSIDE");
        assertThat(calls).hasValue(2);
    }

    @Test
    void retriesStopAfterTheLastAttempt() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.call(() -> {
            calls.incrementAndGet();
            throw new ConcurrencyException("sequence 1 is taken");
        }, 3)).isInstanceOf(ConcurrencyException.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> ConflictRetry.call(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database down");
        }, 3)).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }
}
