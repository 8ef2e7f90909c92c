package com.piquetickets.api.producer;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.FakeGateways;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.saga.fakes.FakeStripe;
import com.piquetickets.saga.fakes.RecordedRequest;
import com.piquetickets.saga.payment.StripeCheckoutGateway;
import com.piquetickets.saga.payment.StripeConnectAccounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Stripe Connect onboarding of a producer against the fake Stripe, and what it changes for publishing and checkout. */
@PostgresIntegrationTest
class StripeConnectIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final FakeStripe STRIPE = FakeGateways.STRIPE;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    CatalogueFixtures catalogue;

    @BeforeEach
    void setUp() {
        api = TestUsers.admin(port);
        catalogue = new CatalogueFixtures(api);
    }

    @Test
    void theOnboardingLinkCreatesOneAccountPerProducer() {
        String producer = catalogue.producer(unique("Night Owls"));

        JsonNode first = accountLink(producer);
        JsonNode second = accountLink(producer);

        String account = first.path("stripeAccountId").asString();
        assertThat(account).startsWith("acct_");
        assertThat(second.path("stripeAccountId").asString()).isEqualTo(account);
        assertThat(first.path("url").asString()).startsWith("https://connect.stripe.com/setup/e/" + account);
        assertThat(second.path("url").asString()).isNotEqualTo(first.path("url").asString());
        assertThat(first.path("expiresAt").asString()).isNotBlank();
        List<RecordedRequest> creations = accountCreations(producer);
        assertThat(creations).hasSize(1);
        assertThat(creations.getFirst().idempotencyKey()).isEqualTo("connect-account-" + producer);
        assertThat(creations.getFirst().params())
                .containsEntry("type", "express")
                .containsEntry("country", "US")
                .containsEntry("capabilities[card_payments][requested]", "true")
                .containsEntry("capabilities[transfers][requested]", "true");
        RecordedRequest link = STRIPE.requests("POST", "/v1/account_links").getLast();
        assertThat(link.params().get("return_url")).startsWith("http://localhost:8080/producers/" + producer + "/stripe");

        JsonNode financial = api.get("/api/producers/" + producer + "/stripe").expect(200).json();
        assertThat(financial.path("stripeAccountId").asString()).isEqualTo(account);
        assertThat(financial.path("stripeAccountLink").asString()).isEqualTo(second.path("url").asString());
        assertThat(financial.path("chargesEnabled").asBoolean()).isFalse();
        assertThat(financial.path("onboardingCompleted").asBoolean()).isFalse();
    }

    @Test
    void unknownProducersAndProducersWithoutAnAccountAreNotFound() {
        api.post("/api/producers/" + UUID.randomUUID() + "/stripe/account-link", null).problem(404);
        String producer = catalogue.producer(unique("Not yet"));

        JsonNode problem = api.get("/api/producers/" + producer + "/stripe").problem(404);

        assertThat(problem.path("code").asString()).isEqualTo("producer-financial-not-found");
    }

    @Test
    void aPaidShowOfAProducerWithoutChargesIsRefusedWithAClearProblem() {
        String producer = catalogue.producer(unique("Unboarded"));
        String show = paidDraft(producer);

        JsonNode problem = api.post("/api/shows/" + show + "/publish", null).problem(409);

        assertThat(problem.path("code").asString()).isEqualTo("show-not-publishable");
        assertThat(problem.path("detail").asString()).contains("finish Stripe onboarding");
        assertThat(api.get("/api/producers/" + producer + "/shows/" + show).expect(200).text("status")).isEqualTo("DRAFT");
    }

    @Test
    void aFreeShowNeedsNoConnectedAccount() {
        String show = catalogue.draftShow(catalogue.producer(unique("Free")), catalogue.venue(unique("Hall")),
                unique("Free night"), daysFromNow(12));
        catalogue.ticketType(show, "Free entry", 50, "0.00");

        api.post("/api/shows/" + show + "/publish", null).expect(200);
    }

    @Test
    void aSignedAccountUpdatedEnablesChargesAndThenThePaidShowIsPublished() {
        String producer = catalogue.producer(unique("Onboarding"));
        String show = paidDraft(producer);
        String account = accountLink(producer).path("stripeAccountId").asString();
        STRIPE.completeOnboarding(account);

        JsonNode delivered = catalogue.deliver(STRIPE.signedAccountWebhook(account)).expect(200).json();

        assertThat(delivered.path("outcome").asString()).isEqualTo("handled");
        api.post("/api/shows/" + show + "/publish", null).expect(200);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode financial = api.get("/api/producers/" + producer + "/stripe").expect(200).json();
            assertThat(financial.path("chargesEnabled").asBoolean()).isTrue();
            assertThat(financial.path("payoutsEnabled").asBoolean()).isTrue();
            assertThat(financial.path("onboardingCompleted").asBoolean()).isTrue();
            assertThat(financial.path("lastStatusCheck").asString()).isNotBlank();
        });
    }

    @Test
    void aForgedAccountUpdatedIsRefusedAndChangesNothing() {
        String producer = catalogue.producer(unique("Forged"));
        String show = paidDraft(producer);
        String account = accountLink(producer).path("stripeAccountId").asString();
        STRIPE.completeOnboarding(account);
        FakeStripe.SignedWebhook forged = STRIPE.signedAccountWebhook(account).forgedWith("whsec_not_the_secret");
        long before = statusEvents(producer);

        JsonNode problem = catalogue.deliver(forged).problem(400);

        assertThat(problem.path("code").asString()).isEqualTo("invalid-signature");
        assertThat(statusEvents(producer)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from stripe_webhook_event where event_id = ?", Long.class,
                forged.eventId())).isZero();
        api.post("/api/shows/" + show + "/publish", null).problem(409);
        assertThat(api.get("/api/producers/" + producer + "/stripe").expect(200).json().path("chargesEnabled").asBoolean())
                .isFalse();
    }

    @Test
    void aRedeliveredAccountUpdatedIsHandledOnce() {
        String producer = catalogue.producer(unique("Redelivered"));
        String account = accountLink(producer).path("stripeAccountId").asString();
        STRIPE.completeOnboarding(account);
        FakeStripe.SignedWebhook webhook = STRIPE.signedAccountWebhook(account);

        assertThat(catalogue.deliver(webhook).expect(200).json().path("outcome").asString()).isEqualTo("handled");
        assertThat(catalogue.deliver(webhook).expect(200).json().path("outcome").asString()).isEqualTo("duplicate");

        assertThat(statusEvents(producer)).isEqualTo(1);
    }

    @Test
    void anAccountOfNoProducerIsAcknowledgedAndIgnored() {
        String stranger = new StripeConnectAccounts(StripeCheckoutGateway.client("sk_test_other", STRIPE.apiBase()))
                .createExpressAccount(new ProducerId(UUID.randomUUID()), "US", null);
        STRIPE.completeOnboarding(stranger);

        JsonNode delivered = catalogue.deliver(STRIPE.signedAccountWebhook(stranger)).expect(200).json();

        assertThat(delivered.path("outcome").asString()).isEqualTo("ignored");
    }

    @Test
    void aPaidCheckoutOfAnOnboardedProducerIsADestinationChargeLessOurFees() {
        String producer = catalogue.chargesEnabledProducer(unique("Paid out"));
        String account = api.get("/api/producers/" + producer + "/stripe").expect(200).text("stripeAccountId");
        String show = catalogue.draftShow(producer, catalogue.venue(unique("Venue")), unique("Paid"), daysFromNow(15));
        String ticketType = catalogue.ticketType(show, "General admission", 20, "25.00");
        api.post("/api/shows/" + show + "/publish", null).expect(200);

        JsonNode placed = api.post("/api/orders", Map.of(
                "showId", show,
                "buyer", Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada+connect@example.com"),
                "lines", List.of(Map.of("ticketTypeId", ticketType, "quantity", 2)))).expect(201).json();

        String orderId = placed.path("orderId").asString();
        JsonNode totals = placed.path("totals");
        BigDecimal fees = totals.path("platformFees").path("amount").decimalValue()
                .add(totals.path("paymentProcessingFees").path("amount").decimalValue());
        assertThat(fees).isPositive();
        api.get("/api/orders/" + orderId + "/payment").expect(200); // the buyer goes to pay
        RecordedRequest session = STRIPE.requests("POST", "/v1/checkout/sessions").stream()
                .filter(r -> orderId.equals(r.params().get("client_reference_id")))
                .findFirst().orElseThrow();
        assertThat(session.params())
                .containsEntry("payment_intent_data[transfer_data][destination]", account)
                .containsEntry("payment_intent_data[application_fee_amount]",
                        fees.movePointRight(2).toBigIntegerExact().toString());
    }

    private JsonNode accountLink(String producer) {
        return api.post("/api/producers/" + producer + "/stripe/account-link", null).expect(200).json();
    }

    private List<RecordedRequest> accountCreations(String producer) {
        return STRIPE.requests("POST", "/v1/accounts").stream()
                .filter(r -> producer.equals(r.params().get("metadata[producer_id]")))
                .toList();
    }

    private String paidDraft(String producer) {
        String show = catalogue.draftShow(producer, catalogue.venue(unique("Venue")), unique("Paid show"), daysFromNow(10));
        catalogue.ticketType(show, "General admission", 100, "25.00");
        return show;
    }

    private long statusEvents(String producer) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? and "
                + "payload_type like '%ConnectedAccountStatusUpdatedEvent'", Long.class, producer);
    }
}
