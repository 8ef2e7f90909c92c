package com.piquetickets.saga.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.saga.fakes.FakeStripe;
import com.piquetickets.saga.fakes.RecordedRequest;
import com.piquetickets.saga.payment.StripeConnectGateway.ConnectedAccount;
import com.piquetickets.saga.payment.StripeConnectGateway.OnboardingLink;
import com.stripe.model.Account;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real stripe-java client against {@link FakeStripe}'s Connect endpoints. */
class StripeConnectAccountsTest {

    private static final ProducerId PRODUCER = new ProducerId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

    private final FakeStripe fake = FakeStripe.start();
    private final StripeConnectGateway gateway =
            new StripeConnectAccounts(StripeCheckoutGateway.client("sk_test_fake", fake.apiBase()));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void createsAnExpressAccountForTheProducer() {
        String accountId = gateway.createExpressAccount(PRODUCER, "us", "owls@example.com");

        assertThat(accountId).startsWith("acct_");
        RecordedRequest sent = fake.requests("POST", "/v1/accounts").getFirst();
        assertThat(sent.idempotencyKey()).isEqualTo("connect-account-" + PRODUCER);
        assertThat(sent.params())
                .containsEntry("type", "express")
                .containsEntry("country", "US")
                .containsEntry("email", "owls@example.com")
                .containsEntry("capabilities[card_payments][requested]", "true")
                .containsEntry("capabilities[transfers][requested]", "true")
                .containsEntry("metadata[producer_id]", PRODUCER.toString());
    }

    @Test
    void aCountryThatIsNotAnIsoCodeIsLeftToStripe() {
        gateway.createExpressAccount(PRODUCER, "United States", null);

        assertThat(fake.requests("POST", "/v1/accounts").getFirst().params())
                .doesNotContainKey("country")
                .doesNotContainKey("email");
    }

    @Test
    void aProducerGetsOneAccountHoweverOftenItIsAsked() {
        String first = gateway.createExpressAccount(PRODUCER, "US", null);
        String again = gateway.createExpressAccount(PRODUCER, "US", null);

        assertThat(again).isEqualTo(first);
        assertThat(fake.accountIds()).containsExactly(first);
    }

    @Test
    void concurrentRequestsMakeOneAccount() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> gateway.createExpressAccount(PRODUCER, "US", null), callers));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> call : calls) {
            ids.add(call.get());
        }
        callers.shutdown();

        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(fake.accountIds()).hasSize(1);
    }

    @Test
    void otherProducersGetTheirOwnAccounts() {
        String first = gateway.createExpressAccount(PRODUCER, "US", null);
        String second = gateway.createExpressAccount(new ProducerId(UUID.randomUUID()), "US", null);

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void createsAnOnboardingLink() {
        String accountId = gateway.createExpressAccount(PRODUCER, "US", null);

        OnboardingLink link = gateway.createOnboardingLink(accountId, "http://localhost:8080/refresh",
                "http://localhost:8080/return");

        assertThat(link.url()).startsWith("https://connect.stripe.com/setup/e/" + accountId + "/");
        assertThat(link.expiresAt()).isAfter(Instant.now());
        assertThat(fake.requests("POST", "/v1/account_links").getFirst().params())
                .containsEntry("account", accountId)
                .containsEntry("type", "account_onboarding")
                .containsEntry("refresh_url", "http://localhost:8080/refresh")
                .containsEntry("return_url", "http://localhost:8080/return");
    }

    @Test
    void anAccountIsReadAsStripeHasItNow() {
        String accountId = gateway.createExpressAccount(PRODUCER, "US", null);
        assertThat(gateway.retrieveAccount(accountId))
                .isEqualTo(new ConnectedAccount(accountId, PRODUCER.toString(), false, false, false));

        fake.completeOnboarding(accountId);

        assertThat(gateway.retrieveAccount(accountId))
                .isEqualTo(new ConnectedAccount(accountId, PRODUCER.toString(), true, true, true));
    }

    @Test
    void anUnknownAccountIsAPermanentFailure() {
        assertThatThrownBy(() -> gateway.retrieveAccount("acct_nope"))
                .isInstanceOfSatisfying(StripeGatewayException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void theAccountWebhookIsSignedAndCarriesTheAccount() throws Exception {
        String accountId = gateway.createExpressAccount(PRODUCER, "US", null);
        fake.completeOnboarding(accountId);

        FakeStripe.SignedWebhook webhook = fake.signedAccountWebhook(accountId);
        Event event = Webhook.constructEvent(webhook.payload(), webhook.signatureHeader(), FakeStripe.WEBHOOK_SECRET);

        assertThat(event.getType()).isEqualTo("account.updated");
        Account account = (Account) event.getDataObjectDeserializer().deserializeUnsafe();
        assertThat(account.getId()).isEqualTo(accountId);
        assertThat(account.getChargesEnabled()).isTrue();
        assertThat(account.getMetadata()).containsEntry("producer_id", PRODUCER.toString());
    }
}
