package com.piquetickets.saga.email;

import com.piquetickets.saga.support.Backoff;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a failed email is retried ({@code pique.email.retry.*}): after {@code initialBackoff}, doubling per failed
 * attempt up to {@code maxBackoff}, {@code maxAttempts} attempts in all (the first included).
 */
@ConfigurationProperties("pique.email.retry")
public record EmailRetrySettings(
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("8") int maxAttempts) {

    public EmailRetrySettings {
        if (initialBackoff == null || initialBackoff.isNegative() || initialBackoff.isZero()
                || maxBackoff == null || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "pique.email.retry: initial-backoff must be positive and max-backoff at least as long");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("pique.email.retry.max-attempts must be at least 1");
        }
    }

    /** The documented defaults (what an empty configuration binds to). */
    public static EmailRetrySettings defaults() {
        return new EmailRetrySettings(Duration.ofSeconds(30), Duration.ofHours(1), 8);
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        return Backoff.afterAttempt(attempt, initialBackoff, maxBackoff);
    }
}
