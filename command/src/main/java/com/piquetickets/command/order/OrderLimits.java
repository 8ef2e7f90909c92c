package com.piquetickets.command.order;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big an order may be ({@code pique.checkout.max-tickets-per-order}, 10 tickets by default). Bound by
 * {@link OrderLimitsConfiguration}.
 */
@ConfigurationProperties("pique.checkout")
public record OrderLimits(@DefaultValue("10") int maxTicketsPerOrder) {

    public static final OrderLimits DEFAULTS = new OrderLimits(10);

    public OrderLimits {
        if (maxTicketsPerOrder < 1) {
            throw new IllegalArgumentException("pique.checkout.max-tickets-per-order must be at least 1, was " + maxTicketsPerOrder);
        }
    }
}
