package com.piquetickets.api.producer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.saga.payment.StripeConnectGateway;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class StripeConnectControllerTest {

    @Test
    void withoutStripeThereIsNoOnboarding() {
        StripeConnectController controller = new StripeConnectController(null, null,
                new StaticListableBeanFactory().getBeanProvider(StripeConnectGateway.class),
                new org.springframework.boot.context.properties.bind.Binder().bindOrCreate("pique",
                        com.piquetickets.saga.config.GatewayProperties.class));

        assertThatThrownBy(() -> controller.accountLink(UUID.randomUUID()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("stripe-not-configured"));
    }
}
