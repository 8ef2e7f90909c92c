package com.piquetickets.domain.order;

/**
 * Where an order is. PENDING_PAYMENT until paid; PAID (free orders at once) while its tickets are issued; COMPLETED once
 * they are. A late payment moves an EXPIRED order to PAID too, until it is ticketed or refunded.
 */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    COMPLETED,
    EXPIRED,
    CANCELLED,
    REJECTED,
    REFUNDED,
    PARTIALLY_REFUNDED
}
