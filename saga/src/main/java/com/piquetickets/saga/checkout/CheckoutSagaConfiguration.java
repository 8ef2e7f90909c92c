package com.piquetickets.saga.checkout;

import com.piquetickets.saga.email.EmailRetrySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The settings the checkout, refund and email sagas read: {@link CheckoutSettings} ({@code pique.checkout.*}) and
 * {@link EmailRetrySettings} ({@code pique.email.retry.*}), each with working defaults.
 *
 * <p>The sagas also need, from elsewhere: a {@code CommandGateway} (Axon), a durable {@code DeadlineManager}, a
 * {@code Clock}, an {@code EmailGateway}, a {@link ConfirmationEmailComposer}, and, only when Stripe is configured, a
 * {@code StripeGateway}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CheckoutSettings.class, EmailRetrySettings.class})
public class CheckoutSagaConfiguration {
}
