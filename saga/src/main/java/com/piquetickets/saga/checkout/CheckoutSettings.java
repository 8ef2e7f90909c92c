package com.piquetickets.saga.checkout;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PaymentMethod;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How checkout waits and retries ({@code pique.checkout.*}).
 *
 * @param stripeHold                how long seats are held for a Stripe payment (Stripe's minimum session lifetime)
 * @param offlineHold               how long seats are held for a payment at the door or by invoice
 * @param freeHold                  how long seats are held when a free order is requested as such
 * @param successUrl                where Stripe sends a buyer who paid; {@code {orderId}} is replaced
 * @param cancelUrl                 where Stripe sends a buyer who gave up; {@code {orderId}} is replaced
 * @param latePaymentWindow         how long after a hold expired a payment is still ticketed (or refunded)
 * @param stripeRetryInitialBackoff the wait after the first failed Stripe call; it doubles per failed attempt
 * @param stripeRetryMaxBackoff     the longest wait between Stripe attempts
 * @param stripeMaxAttempts         Stripe attempts (the first included) before a saga gives up
 */
@ConfigurationProperties("pique.checkout")
public record CheckoutSettings(
        @DefaultValue("30m") Duration stripeHold,
        @DefaultValue("48h") Duration offlineHold,
        @DefaultValue("10m") Duration freeHold,
        @DefaultValue("http://localhost:8080/orders/{orderId}?checkout=success") String successUrl,
        @DefaultValue("http://localhost:8080/orders/{orderId}?checkout=cancelled") String cancelUrl,
        @DefaultValue("24h") Duration latePaymentWindow,
        @DefaultValue("10s") Duration stripeRetryInitialBackoff,
        @DefaultValue("5m") Duration stripeRetryMaxBackoff,
        @DefaultValue("5") int stripeMaxAttempts) {

    public CheckoutSettings {
        requirePositive(stripeHold, "stripeHold");
        requirePositive(offlineHold, "offlineHold");
        requirePositive(freeHold, "freeHold");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        requirePositive(latePaymentWindow, "latePaymentWindow");
        requirePositive(stripeRetryInitialBackoff, "stripeRetryInitialBackoff");
        requirePositive(stripeRetryMaxBackoff, "stripeRetryMaxBackoff");
        if (stripeMaxAttempts < 1) {
            throw new IllegalArgumentException("pique.checkout.stripe-max-attempts must be at least 1");
        }
    }

    /** The documented defaults (what an empty configuration binds to). */
    public static CheckoutSettings defaults() {
        return new CheckoutSettings(Duration.ofMinutes(30), Duration.ofHours(48), Duration.ofMinutes(10),
                "http://localhost:8080/orders/{orderId}?checkout=success",
                "http://localhost:8080/orders/{orderId}?checkout=cancelled",
                Duration.ofHours(24), Duration.ofSeconds(10), Duration.ofMinutes(5), 5);
    }

    /** How long seats are held for an order paid by {@code method}. */
    public Duration holdFor(PaymentMethod method) {
        return switch (method) {
            case STRIPE -> stripeHold;
            case OFFLINE -> offlineHold;
            case FREE -> freeHold;
        };
    }

    public String successUrlFor(OrderId orderId) {
        return successUrl.replace("{orderId}", orderId.toString());
    }

    public String cancelUrlFor(OrderId orderId) {
        return cancelUrl.replace("{orderId}", orderId.toString());
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("pique.checkout." + name + " must be a positive duration");
        }
    }
}
