package com.piquetickets.saga.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.saga.config.GatewayProperties;
import com.piquetickets.saga.email.EmailRetrySettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class SettingsBindingTest {

    @Test
    void emptyConfigurationBindsTheDocumentedDefaults() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));

        assertThat(binder.bindOrCreate("pique", GatewayProperties.class).stripe().retry())
                .isEqualTo(GatewayProperties.Retry.defaults());
        assertThat(binder.bindOrCreate("pique.email.retry", EmailRetrySettings.class))
                .isEqualTo(EmailRetrySettings.defaults());
    }

    @Test
    void propertiesOverrideTheDefaults() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "pique.stripe.retry.max-attempts", "2",
                "pique.stripe.retry.initial-backoff", "3s",
                "pique.email.retry.max-attempts", "3",
                "pique.email.retry.initial-backoff", "1s")));

        GatewayProperties.Retry stripe = binder.bindOrCreate("pique", GatewayProperties.class).stripe().retry();
        EmailRetrySettings email = binder.bindOrCreate("pique.email.retry", EmailRetrySettings.class);

        assertThat(stripe.maxAttempts()).isEqualTo(2);
        assertThat(stripe.initialBackoff()).isEqualTo(Duration.ofSeconds(3));
        assertThat(stripe.maxBackoff()).isEqualTo(Duration.ofMinutes(5));
        assertThat(email.maxAttempts()).isEqualTo(3);
        assertThat(email.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
    }
}
