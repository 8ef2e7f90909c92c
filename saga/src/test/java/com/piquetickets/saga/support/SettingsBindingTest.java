package com.piquetickets.saga.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.saga.checkout.CheckoutSettings;
import com.piquetickets.saga.email.EmailRetrySettings;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SettingsBindingTest {

    @Test
    void emptyConfigurationBindsTheDocumentedDefaults() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));

        assertThat(binder.bindOrCreate("pique.checkout", CheckoutSettings.class)).isEqualTo(CheckoutSettings.defaults());
        assertThat(binder.bindOrCreate("pique.email.retry", EmailRetrySettings.class))
                .isEqualTo(EmailRetrySettings.defaults());
    }

    @Test
    void propertiesOverrideTheDefaults() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "pique.checkout.offline-hold", "3d",
                "pique.checkout.success-url", "https://tickets.example/orders/{orderId}/paid",
                "pique.email.retry.max-attempts", "3",
                "pique.email.retry.initial-backoff", "1s")));

        CheckoutSettings checkout = binder.bindOrCreate("pique.checkout", CheckoutSettings.class);
        EmailRetrySettings email = binder.bindOrCreate("pique.email.retry", EmailRetrySettings.class);

        assertThat(checkout.holdFor(PaymentMethod.OFFLINE)).isEqualTo(Duration.ofDays(3));
        assertThat(checkout.holdFor(PaymentMethod.STRIPE)).isEqualTo(Duration.ofMinutes(30));
        OrderId orderId = new OrderId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        assertThat(checkout.successUrlFor(orderId))
                .isEqualTo("https://tickets.example/orders/00000000-0000-0000-0000-000000000001/paid");
        assertThat(email.maxAttempts()).isEqualTo(3);
        assertThat(email.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
    }
}
