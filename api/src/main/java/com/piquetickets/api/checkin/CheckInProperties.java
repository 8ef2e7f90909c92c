package com.piquetickets.api.checkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Door check-in settings ({@code pique.check-in.*}; defaults in application.yml).
 *
 * @param opensBeforeDoors    how long before a show's door time (its start time when it has none) scans admit people;
 *                            earlier they answer NOT_OPEN_YET
 * @param sessionTtl          how long a door token is valid when its session is opened without {@code expiresAt}
 * @param sessionMaxTtl       the furthest a session's {@code expiresAt} may be
 * @param maxBatchScans       the most scans one offline upload may carry
 * @param deviceClockSkew     how far a device's {@code scannedAt} may be ahead of (and, online, behind) the server's clock
 * @param offlineMaxAge       how old an uploaded offline scan may be
 * @param manifestPageSize    tickets per manifest page when the device does not ask for another size
 * @param lastScans           recent scans in the live counts when the caller does not ask for another number
 * @param statsPushInterval   how often the live-count stream pushes a show's counts after a change (changes in between
 *                            are pushed together)
 * @param statsRefresh        how often the stream pushes the counts anyway (a keep-alive, and a catch-up for changes
 *                            made on another node)
 * @param streamTimeout       how long one live-count stream stays open; the client reconnects after
 */
@ConfigurationProperties("pique.check-in")
public record CheckInProperties(
        @DefaultValue("2h") Duration opensBeforeDoors,
        @DefaultValue("48h") Duration sessionTtl,
        @DefaultValue("14d") Duration sessionMaxTtl,
        @DefaultValue("500") int maxBatchScans,
        @DefaultValue("5m") Duration deviceClockSkew,
        @DefaultValue("7d") Duration offlineMaxAge,
        @DefaultValue("5000") int manifestPageSize,
        @DefaultValue("20") int lastScans,
        @DefaultValue("250ms") Duration statsPushInterval,
        @DefaultValue("15s") Duration statsRefresh,
        @DefaultValue("1h") Duration streamTimeout) {

    public CheckInProperties {
        requireNotNegative(opensBeforeDoors, "opens-before-doors");
        requirePositive(sessionTtl, "session-ttl");
        requirePositive(sessionMaxTtl, "session-max-ttl");
        requireNotNegative(deviceClockSkew, "device-clock-skew");
        requirePositive(offlineMaxAge, "offline-max-age");
        requirePositive(statsPushInterval, "stats-push-interval");
        requirePositive(statsRefresh, "stats-refresh");
        requirePositive(streamTimeout, "stream-timeout");
        if (sessionTtl.compareTo(sessionMaxTtl) > 0) {
            throw new IllegalArgumentException("pique.check-in.session-ttl must not exceed session-max-ttl");
        }
        if (maxBatchScans < 1 || manifestPageSize < 1 || lastScans < 0) {
            throw new IllegalArgumentException(
                    "pique.check-in.max-batch-scans and manifest-page-size must be at least 1, last-scans at least 0");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("pique.check-in." + name + " must be a positive duration");
        }
    }

    private static void requireNotNegative(Duration value, String name) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("pique.check-in." + name + " must not be negative");
        }
    }
}
