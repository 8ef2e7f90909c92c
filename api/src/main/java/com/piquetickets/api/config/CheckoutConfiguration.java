package com.piquetickets.api.config;

import com.piquetickets.command.show.CardPayments;
import com.piquetickets.saga.config.GatewayProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the command side whether card payments are on: when Stripe is configured ({@code pique.stripe.secret-key},
 * bound once, by the saga module's gateway settings), a show's default payment method is STRIPE and its paid tickets
 * go through Stripe Connect.
 */
@Configuration(proxyBeanMethods = false)
class CheckoutConfiguration {

    @Bean
    CardPayments cardPayments(GatewayProperties gateways) {
        return gateways.stripe().configured() ? CardPayments.THROUGH_CONNECT : CardPayments.WITHOUT_STRIPE;
    }
}
