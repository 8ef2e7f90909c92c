package com.piquetickets.saga.config;

import com.piquetickets.saga.email.ConfirmationEmail;
import com.piquetickets.saga.email.EmailGateway;
import com.piquetickets.saga.email.LoggingEmailGateway;
import com.piquetickets.saga.email.SesEmailGateway;
import com.piquetickets.saga.payment.StripeCheckoutGateway;
import com.piquetickets.saga.payment.StripeConnectAccounts;
import com.piquetickets.saga.payment.StripeConnectGateway;
import com.piquetickets.saga.payment.StripeGateway;
import com.stripe.StripeClient;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The gateways checkout and producer onboarding talk to the outside world through: Stripe checkout and Stripe Connect
 * (only when a secret key is configured), email (SES
 * when configured, the log otherwise) and the confirmation email renderer. Settings: {@link GatewayProperties}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
public class GatewayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GatewayConfiguration.class);

    @Bean
    @Conditional(StripeConfigured.class)
    public StripeClient stripeClient(GatewayProperties properties) {
        GatewayProperties.Stripe stripe = properties.stripe();
        log.info("Stripe API at {}", stripe.apiBase());
        return StripeCheckoutGateway.client(stripe.secretKey(), stripe.apiBase());
    }

    @Bean
    @Conditional(StripeConfigured.class)
    public StripeGateway stripeGateway(StripeClient stripeClient) {
        return new StripeCheckoutGateway(stripeClient);
    }

    @Bean
    @Conditional(StripeConfigured.class)
    public StripeConnectGateway stripeConnectGateway(StripeClient stripeClient) {
        return new StripeConnectAccounts(stripeClient);
    }

    /** How sagas retry a failed Stripe call (refunds). */
    @Bean
    public GatewayProperties.Retry stripeRetry(GatewayProperties properties) {
        return properties.stripe().retry();
    }

    @Bean
    public EmailGateway emailGateway(GatewayProperties properties) {
        GatewayProperties.Ses ses = properties.ses();
        if (!ses.configured()) {
            log.info("No mail service configured (pique.ses.endpoint / pique.ses.enabled): emails go to the log");
            return new LoggingEmailGateway();
        }
        URI endpoint = StringUtils.hasText(ses.endpoint()) ? URI.create(ses.endpoint()) : null;
        log.info("Emails through SES in {}{}", ses.region(), endpoint == null ? "" : " at " + endpoint);
        return new SesEmailGateway(SesEmailGateway.client(endpoint, ses.region(), ses.maxAttempts()));
    }

    @Bean
    public ConfirmationEmail confirmationEmail(GatewayProperties properties) {
        return new ConfirmationEmail(properties.email().from(), properties.publicBaseUrl());
    }

    /** Matches when {@code pique.stripe.secret-key} (or {@code PIQUE_STRIPE_SECRET_KEY}) has text. */
    static class StripeConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("pique.stripe.secret-key"));
        }
    }
}
