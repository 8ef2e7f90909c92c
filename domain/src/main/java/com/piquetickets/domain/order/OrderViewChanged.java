package com.piquetickets.domain.order;

/**
 * Update to subscribers of a {@link FindOrderQuery}: the order's read model changed (its status, payment or tickets),
 * and the change is committed. It carries no state; a subscriber reads the order again.
 */
public record OrderViewChanged(OrderId orderId) {
}
