package com.piquetickets.command.order;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link OrderLimits} ({@code pique.checkout.max-tickets-per-order}), which an order is checked against. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderLimits.class)
class OrderLimitsConfiguration {
}
