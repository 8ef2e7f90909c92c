package com.piquetickets.command.show;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Provides {@link CardPayments} from configuration: a connected account is required when {@code pique.stripe.secret-key}
 * (or {@code PIQUE_STRIPE_SECRET_KEY}) has text, the same condition under which the saga module builds its Stripe
 * gateway. It lives here because the command module may not depend on the saga module (ModuleBoundariesTest).
 */
@Configuration(proxyBeanMethods = false)
class CardPaymentsConfiguration {

    @Bean
    CardPayments cardPayments(@Value("${pique.stripe.secret-key:}") String stripeSecretKey) {
        return StringUtils.hasText(stripeSecretKey) ? CardPayments.THROUGH_CONNECT : CardPayments.WITHOUT_STRIPE;
    }
}
