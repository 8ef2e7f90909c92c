package com.piquetickets.saga.checkout;

import com.piquetickets.saga.email.EmailRetrySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The settings the email saga reads: {@link EmailRetrySettings} ({@code pique.email.retry.*}), with working defaults.
 * Stripe's retries ({@code pique.stripe.retry.*}) come with the gateway settings.
 *
 * <p>The sagas also need, from elsewhere: a {@code CommandGateway} (Axon), a durable {@code DeadlineManager}, a
 * {@code Clock}, an {@code EmailGateway}, a {@link ConfirmationEmailComposer}, and, only when Stripe is configured, a
 * {@code StripeGateway} and its {@code StripeRetry}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmailRetrySettings.class)
public class CheckoutSagaConfiguration {
}
