package com.piquetickets.saga.payment;

/**
 * A Stripe call that did not succeed. {@code retryable} when trying again later may help (Stripe unreachable, rate
 * limited, a 5xx); otherwise Stripe refused the request itself (bad parameters, an idempotency key reused with
 * different parameters, a payment that cannot be refunded).
 */
public class StripeGatewayException extends RuntimeException {

    private final boolean retryable;

    public StripeGatewayException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
