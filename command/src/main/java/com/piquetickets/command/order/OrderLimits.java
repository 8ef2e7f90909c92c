package com.piquetickets.command.order;

/**
 * How big an order may be. The api provides the bean from configuration; {@link #DEFAULTS} is 10 tickets per order.
 */
public record OrderLimits(int maxTicketsPerOrder) {

    public static final OrderLimits DEFAULTS = new OrderLimits(10);

    public OrderLimits {
        if (maxTicketsPerOrder < 1) {
            throw new IllegalArgumentException("maxTicketsPerOrder must be at least 1, was " + maxTicketsPerOrder);
        }
    }
}
