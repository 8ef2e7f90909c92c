package com.piquetickets.command.order;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides {@link OrderLimits} from configuration ({@code pique.checkout.max-tickets-per-order}, 10 by default). It
 * lives here, not in the api, because the api may not depend on the command module (ModuleBoundariesTest); the api
 * only sets the property.
 */
@Configuration(proxyBeanMethods = false)
class OrderLimitsConfiguration {

    @Bean
    OrderLimits orderLimits(@Value("${pique.checkout.max-tickets-per-order:10}") int maxTicketsPerOrder) {
        return new OrderLimits(maxTicketsPerOrder);
    }
}
