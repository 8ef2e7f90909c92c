package com.piquetickets.saga.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.saga.email.ConfirmationEmail;
import com.piquetickets.saga.email.EmailGateway;
import com.piquetickets.saga.email.LoggingEmailGateway;
import com.piquetickets.saga.email.SesEmailGateway;
import com.piquetickets.saga.fakes.FakeSes;
import com.piquetickets.saga.fakes.FakeStripe;
import com.piquetickets.saga.payment.StripeGateway;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class GatewayConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(GatewayConfiguration.class);

    /** Settings given as environment variables, as a container would get them. */
    private ApplicationContextRunner withEnvironment(Map<String, Object> variables) {
        return context.withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource(
                        "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
    }

    @Test
    void withoutSettingsThereIsNoStripeAndEmailsGoToTheLog() {
        context.run(c -> {
            assertThat(c).doesNotHaveBean(StripeGateway.class);
            assertThat(c.getBean(EmailGateway.class)).isInstanceOf(LoggingEmailGateway.class);
            GatewayProperties properties = c.getBean(GatewayProperties.class);
            assertThat(properties.publicBaseUrl()).isEqualTo("http://localhost:8080");
            assertThat(properties.email().from()).isEqualTo("tickets@piquetickets.local");
            assertThat(properties.stripe().apiBase()).isEqualTo("https://api.stripe.com");
            assertThat(properties.ses().region()).isEqualTo("us-east-1");
            EmailMessage confirmation = c.getBean(ConfirmationEmail.class).render(details());
            assertThat(confirmation.from()).isEqualTo("tickets@piquetickets.local");
            assertThat(confirmation.htmlBody()).contains("http://localhost:8080/api/attendees/");
        });
    }

    @Test
    void emptySecretKeyMeansNoStripe() {
        withEnvironment(Map.of("PIQUE_STRIPE_SECRET_KEY", "")).run(c ->
                assertThat(c).doesNotHaveBean(StripeGateway.class));
    }

    @Test
    void stripeSettingsBindFromTheEnvironmentAndReachTheConfiguredApiBase() {
        try (FakeStripe fake = FakeStripe.start()) {
            withEnvironment(Map.of(
                    "PIQUE_STRIPE_SECRET_KEY", "sk_test_from_env",
                    "PIQUE_STRIPE_API_BASE", fake.apiBase(),
                    "PIQUE_STRIPE_WEBHOOK_SECRET", FakeStripe.WEBHOOK_SECRET)).run(c -> {
                        GatewayProperties.Stripe stripe = c.getBean(GatewayProperties.class).stripe();
                        assertThat(stripe.webhookSecret()).isEqualTo(FakeStripe.WEBHOOK_SECRET);
                        assertThat(stripe.toString()).doesNotContain("sk_test_from_env");

                        c.getBean(StripeGateway.class).createCheckoutSession(new StripeGateway.CheckoutRequest(
                                "order-1", "USD", List.of(new StripeGateway.LineItem("Ticket", 1000, 1)),
                                "ada@example.com", Instant.now().plusSeconds(1800), "http://localhost/ok",
                                "http://localhost/cancel", null, null), "k");

                        assertThat(fake.requests().getFirst().header("Authorization"))
                                .isEqualTo("Bearer sk_test_from_env");
                    });
        }
    }

    @Test
    void sesEndpointFromTheEnvironmentSendsThroughSes() {
        try (FakeSes fake = FakeSes.start()) {
            withEnvironment(Map.of("PIQUE_SES_ENDPOINT", fake.endpoint().toString(),
                    "PIQUE_EMAIL_FROM", "box-office@example.com",
                    "PIQUE_PUBLIC_BASE_URL", "https://tickets.example.com")).run(c -> {
                        EmailGateway gateway = c.getBean(EmailGateway.class);
                        assertThat(gateway).isInstanceOf(SesEmailGateway.class);

                        gateway.send(c.getBean(ConfirmationEmail.class).render(details()));

                        assertThat(fake.sent()).singleElement().satisfies(sent -> {
                            assertThat(sent.from()).isEqualTo("box-office@example.com");
                            assertThat(sent.htmlBody()).contains("https://tickets.example.com/api/attendees/");
                        });
                    });
        }
    }

    @Test
    void sesEnabledUsesSesAtItsRegularEndpoint() {
        context.withPropertyValues("pique.ses.enabled=true", "pique.ses.region=eu-west-1").run(c ->
                assertThat(c.getBean(EmailGateway.class)).isInstanceOf(SesEmailGateway.class));
    }

    private static ConfirmationEmail.Details details() {
        return new ConfirmationEmail.Details("Ada", "ada@example.com", "Hamlet",
                java.time.ZonedDateTime.parse("2026-03-14T20:00:00-05:00[America/Chicago]"), "The Globe", null,
                "order-1", new ConfirmationEmail.Totals(com.piquetickets.domain.common.Money.of("10.00", "USD"), null,
                null, com.piquetickets.domain.common.Money.of("10.00", "USD")),
                List.of(new ConfirmationEmail.Ticket(UUID.randomUUID(), "PQ1.code", "Ada", "General admission", false)));
    }
}
