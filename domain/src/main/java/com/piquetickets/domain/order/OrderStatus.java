package com.piquetickets.domain.order;

/** Where an order is. PENDING_PAYMENT until paid (or free); COMPLETED once tickets are issued. */
public enum OrderStatus {
    PENDING_PAYMENT,
    COMPLETED,
    EXPIRED,
    CANCELLED,
    REJECTED,
    REFUNDED,
    PARTIALLY_REFUNDED
}
