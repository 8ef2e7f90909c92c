package com.piquetickets.command.show;

/**
 * Whether card payments go through Stripe Connect. When they do ({@code pique.stripe.secret-key} is set), a show whose
 * tickets can take money is only on sale for a producer whose connected account has charges enabled: the money of a
 * card payment goes to the producer's account. The bean comes from {@link CardPaymentsConfiguration}.
 */
public record CardPayments(boolean connectedAccountRequired) {

    /** Stripe is not configured: nothing is paid by card, so a connected account is not needed. */
    public static final CardPayments WITHOUT_STRIPE = new CardPayments(false);
    /** Stripe is configured: paid shows need a producer whose charges are enabled. */
    public static final CardPayments THROUGH_CONNECT = new CardPayments(true);
}
