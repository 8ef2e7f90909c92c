package com.piquetickets.command.show;

/**
 * Whether buyers can pay by card, and whether card payments go to the producers' Stripe connected accounts.
 * {@code enabled}: Stripe is configured, so STRIPE is the default payment method and can be asked for.
 * {@code connectedAccountRequired}: a card payment goes to the producer's connected account (a destination charge), so
 * a show whose tickets take money is only on sale for a producer whose account has charges enabled. The api provides
 * the bean from the Stripe gateway settings.
 */
public record CardPayments(boolean enabled, boolean connectedAccountRequired) {

    /** Stripe is not configured: nothing is paid by card, so a connected account is not needed. */
    public static final CardPayments WITHOUT_STRIPE = new CardPayments(false, false);
    /** Stripe is configured: card payments go to producers whose charges are enabled. */
    public static final CardPayments THROUGH_CONNECT = new CardPayments(true, true);

    public CardPayments {
        if (connectedAccountRequired && !enabled) {
            throw new IllegalArgumentException("a connected account can only be required when card payments are enabled");
        }
    }
}
