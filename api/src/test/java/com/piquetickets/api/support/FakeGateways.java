package com.piquetickets.api.support;

import com.piquetickets.saga.fakes.FakeSes;
import com.piquetickets.saga.fakes.FakeStripe;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stripe and SES for integration tests, faked at the HTTP boundary only: the real stripe-java and sesv2 clients talk to
 * these in-process servers on loopback. One of each per test JVM. Holds are short so expiry can be watched happen.
 */
public class FakeGateways implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final FakeStripe STRIPE = FakeStripe.start();
    public static final FakeSes SES = FakeSes.start();

    /** Long enough for a test to pay, short enough to watch a hold run out. */
    public static final String TEST_HOLD = "PT12S";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "pique.stripe.secret-key=sk_test_piquetickets",
                "pique.stripe.api-base=" + STRIPE.apiBase(),
                "pique.stripe.webhook-secret=" + STRIPE.webhookSecret(),
                "pique.ses.endpoint=" + SES.endpoint(),
                "pique.checkout.stripe-hold=" + TEST_HOLD,
                "pique.checkout.offline-hold=" + TEST_HOLD,
                "pique.checkout.place-timeout=PT30S",
                "pique.checkout.sweep-interval=PT1S",
                "pique.stripe.retry.initial-backoff=PT1S",
                "pique.email.retry.initial-backoff=PT1S",
                "pique.email.retry.max-backoff=PT2S",
                "pique.email.retry.max-attempts=6",
                "pique.ses.max-attempts=1").applyTo(context);
    }
}
