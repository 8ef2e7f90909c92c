package com.piquetickets.api.checkin;

import java.util.function.Supplier;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Runs a command again when another node appended to the same aggregate in between (the event store's unique
 * (aggregate, sequence) key refused this append): the aggregate is loaded afresh and decides again, so the loser of two
 * simultaneous admissions gets ALREADY_INSIDE. Within one node the repository's lock already orders them.
 */
final class ConflictRetry {

    private ConflictRetry() {
    }

    static <T> T call(Supplier<T> action, int attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isConcurrentAppend(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isConcurrentAppend(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
