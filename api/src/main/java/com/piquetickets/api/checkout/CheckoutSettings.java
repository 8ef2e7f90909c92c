package com.piquetickets.api.checkout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the checkout's web side works ({@code pique.checkout.*}; the show's hold durations and the order's limits are
 * bound by the command module under the same prefix).
 *
 * @param successUrl    where Stripe sends a buyer who paid; {@code {orderId}} is replaced
 * @param cancelUrl     where Stripe sends a buyer who gave up; {@code {orderId}} is replaced
 * @param batchSize     the most orders a show's writer places in one transaction
 * @param placeTimeout  how long {@code POST /api/orders} waits for its show's writer before answering 202
 * @param sweepInterval how often the holds that ran out are looked for (a hold is released at most this late)
 */
@ConfigurationProperties("pique.checkout")
record CheckoutSettings(
        @DefaultValue("http://localhost:8080/orders/{orderId}?checkout=success") String successUrl,
        @DefaultValue("http://localhost:8080/orders/{orderId}?checkout=cancelled") String cancelUrl,
        @DefaultValue("50") int batchSize,
        @DefaultValue("10s") Duration placeTimeout,
        @DefaultValue("5s") Duration sweepInterval) {

    CheckoutSettings {
        if (batchSize < 1 || placeTimeout.isNegative() || placeTimeout.isZero() || sweepInterval.isNegative()
                || sweepInterval.isZero()) {
            throw new IllegalArgumentException("pique.checkout: batch-size must be at least 1, place-timeout and "
                    + "sweep-interval positive");
        }
    }

    String successUrlFor(String orderId) {
        return successUrl.replace("{orderId}", orderId);
    }

    String cancelUrlFor(String orderId) {
        return cancelUrl.replace("{orderId}", orderId);
    }
}
