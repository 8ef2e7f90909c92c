package com.piquetickets.command.show;

import com.piquetickets.domain.order.PaymentMethod;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a show holds seats for an order, by the way it is paid ({@code pique.checkout.*}).
 *
 * @param stripeHold  for a card payment (a Stripe Checkout Session lives at least 30 minutes)
 * @param offlineHold for a payment at the door or by invoice, until the producer confirms it
 * @param freeHold    for a free order, until its tickets are issued
 */
@ConfigurationProperties("pique.checkout")
public record HoldDurations(
        @DefaultValue("30m") Duration stripeHold,
        @DefaultValue("48h") Duration offlineHold,
        @DefaultValue("10m") Duration freeHold) {

    /** The documented defaults (what an empty configuration binds to). */
    public static final HoldDurations DEFAULTS = new HoldDurations(Duration.ofMinutes(30), Duration.ofHours(48),
            Duration.ofMinutes(10));

    public HoldDurations {
        requirePositive(stripeHold, "stripe-hold");
        requirePositive(offlineHold, "offline-hold");
        requirePositive(freeHold, "free-hold");
    }

    public Duration holdFor(PaymentMethod method) {
        return switch (method) {
            case STRIPE -> stripeHold;
            case OFFLINE -> offlineHold;
            case FREE -> freeHold;
        };
    }

    private static void requirePositive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("pique.checkout." + key + " must be a positive duration");
        }
    }
}
