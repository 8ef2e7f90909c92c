package com.piquetickets.domain.order;

/** How an order is paid: FREE (total zero, confirmed at once), STRIPE (a Checkout Session) or OFFLINE (at the door or by invoice, confirmed by the producer). */
public enum PaymentMethod {
    FREE,
    STRIPE,
    OFFLINE
}
