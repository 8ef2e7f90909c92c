package com.piquetickets.domain.order;

/** One order with its lines, totals, payment references and tickets. */
public record FindOrderQuery(OrderId orderId) {
}
