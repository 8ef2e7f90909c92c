package com.piquetickets.saga.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.Money;
import com.piquetickets.saga.fakes.FakeStripe;
import com.piquetickets.saga.fakes.RecordedRequest;
import com.piquetickets.saga.payment.StripeGateway.CheckoutRequest;
import com.piquetickets.saga.payment.StripeGateway.CheckoutSession;
import com.piquetickets.saga.payment.StripeGateway.LineItem;
import com.piquetickets.saga.payment.StripeGateway.SessionState;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real stripe-java client against {@link FakeStripe}. */
class StripeCheckoutGatewayTest {

    private static final Instant EXPIRES = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    private final FakeStripe fake = FakeStripe.start();
    private final StripeGateway gateway =
            new StripeCheckoutGateway(StripeCheckoutGateway.client("sk_test_fake", fake.apiBase()));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void createsAPaymentSessionForTheOrder() {
        CheckoutSession session = gateway.createCheckoutSession(request(null, null), "order-1-attempt-1");

        assertThat(session.id()).startsWith("cs_test_");
        assertThat(session.url()).contains(session.id());
        assertThat(session.expiresAt()).isEqualTo(EXPIRES);
        RecordedRequest sent = fake.requests("POST", "/v1/checkout/sessions").getFirst();
        assertThat(sent.idempotencyKey()).isEqualTo("order-1-attempt-1");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer sk_test_fake");
        assertThat(sent.params())
                .containsEntry("mode", "payment")
                .containsEntry("client_reference_id", "order-1")
                .containsEntry("customer_email", "ada@example.com")
                .containsEntry("expires_at", Long.toString(EXPIRES.getEpochSecond()))
                .containsEntry("success_url", "http://localhost:8080/orders/order-1/success")
                .containsEntry("cancel_url", "http://localhost:8080/orders/order-1/cancel")
                .containsEntry("metadata[orderId]", "order-1")
                .containsEntry("payment_intent_data[metadata][orderId]", "order-1")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("line_items[0][price_data][unit_amount]", "2500")
                .containsEntry("line_items[0][price_data][product_data][name]", "General admission")
                .containsEntry("line_items[0][quantity]", "2")
                .containsEntry("line_items[1][price_data][unit_amount]", "350")
                .containsEntry("line_items[1][quantity]", "1")
                .doesNotContainKey("payment_intent_data[transfer_data][destination]")
                .doesNotContainKey("payment_intent_data[application_fee_amount]");
    }

    @Test
    void sameIdempotencyKeyOpensOneSession() {
        CheckoutSession first = gateway.createCheckoutSession(request(null, null), "order-1-attempt-1");
        CheckoutSession again = gateway.createCheckoutSession(request(null, null), "order-1-attempt-1");
        CheckoutSession nextAttempt = gateway.createCheckoutSession(request(null, null), "order-1-attempt-2");

        assertThat(again).isEqualTo(first);
        assertThat(nextAttempt.id()).isNotEqualTo(first.id());
        assertThat(fake.sessionIds()).containsExactly(first.id(), nextAttempt.id());
    }

    @Test
    void connectedAccountGetsADestinationChargeWithTheApplicationFee() {
        gateway.createCheckoutSession(request("acct_producer", 420L), "order-1-attempt-1");

        assertThat(fake.requests("POST", "/v1/checkout/sessions").getFirst().params())
                .containsEntry("payment_intent_data[transfer_data][destination]", "acct_producer")
                .containsEntry("payment_intent_data[application_fee_amount]", "420");
    }

    @Test
    void retrievedSessionIsUnpaidUntilTheBuyerPays() {
        String id = gateway.createCheckoutSession(request(null, null), "k").id();

        SessionState open = gateway.retrieveSession(id);

        assertThat(open.status()).isEqualTo("open");
        assertThat(open.paid()).isFalse();
        assertThat(open.paymentIntentId()).isNull();
        assertThat(open.clientReferenceId()).isEqualTo("order-1");
        assertThat(open.amountTotalMinor()).isEqualTo(5350);
        assertThat(open.currency()).isEqualTo("USD");
        assertThat(fake.requests("GET", "/v1/checkout/sessions/" + id).getFirst().params())
                .containsValue("payment_intent");
    }

    @Test
    void retrievedPaidSessionNamesItsPaymentIntentAndCharge() {
        String id = gateway.createCheckoutSession(request(null, null), "k").id();
        FakeStripe.Payment payment = fake.completeSession(id);

        SessionState paid = gateway.retrieveSession(id);

        assertThat(paid.status()).isEqualTo("complete");
        assertThat(paid.paid()).isTrue();
        assertThat(paid.paymentIntentId()).isEqualTo(payment.paymentIntentId());
        assertThat(paid.chargeId()).isEqualTo(payment.chargeId());
    }

    @Test
    void expiresAnOpenSession() {
        String id = gateway.createCheckoutSession(request(null, null), "k").id();

        gateway.expireSession(id);

        assertThat(fake.sessionStatus(id)).isEqualTo("expired");
    }

    @Test
    void expiringAnAlreadyExpiredOrCompletedSessionIsANoOp() {
        String expired = gateway.createCheckoutSession(request(null, null), "k1").id();
        fake.expireSessionNow(expired);
        String completed = gateway.createCheckoutSession(request(null, null), "k2").id();
        fake.completeSession(completed);

        gateway.expireSession(expired);
        gateway.expireSession(completed);

        assertThat(fake.sessionStatus(expired)).isEqualTo("expired");
        assertThat(fake.sessionStatus(completed)).isEqualTo("complete");
    }

    @Test
    void refundsInMinorUnitsOncePerIdempotencyKey() {
        String id = gateway.createCheckoutSession(request(null, null), "k").id();
        String paymentIntent = fake.completeSession(id).paymentIntentId();

        String refund = gateway.refund(paymentIntent, Money.of("12.50", "USD"), "refund-order-1-1");
        String again = gateway.refund(paymentIntent, Money.of("12.50", "USD"), "refund-order-1-1");

        assertThat(again).isEqualTo(refund);
        assertThat(fake.refunds()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(refund);
            assertThat(r.paymentIntent()).isEqualTo(paymentIntent);
            assertThat(r.amount()).isEqualTo(1250);
        });
        assertThat(fake.requests("POST", "/v1/refunds"))
                .extracting(RecordedRequest::idempotencyKey)
                .containsOnly("refund-order-1-1");
    }

    @Test
    void refusedRefundIsNotRetryable() {
        String id = gateway.createCheckoutSession(request(null, null), "k").id();
        String paymentIntent = fake.completeSession(id).paymentIntentId();

        assertThatThrownBy(() -> gateway.refund(paymentIntent, Money.of("99.00", "USD"), "too-much"))
                .isInstanceOfSatisfying(StripeGatewayException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void stripeOutageIsRetryable() {
        fake.failNext(1);

        assertThatThrownBy(() -> gateway.createCheckoutSession(request(null, null), "k"))
                .isInstanceOfSatisfying(StripeGatewayException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void signedWebhookVerifiesWithTheSecretAndCarriesTheSession() throws Exception {
        String id = gateway.createCheckoutSession(request(null, null), "k").id();
        fake.completeSession(id);

        FakeStripe.SignedWebhook webhook = fake.signedWebhook("checkout.session.completed", id);
        Event event = Webhook.constructEvent(webhook.payload(), webhook.signatureHeader(), FakeStripe.WEBHOOK_SECRET);

        assertThat(event.getId()).isEqualTo(webhook.eventId());
        assertThat(event.getType()).isEqualTo("checkout.session.completed");
        Session session = (Session) event.getDataObjectDeserializer().getObject().orElseThrow();
        assertThat(session.getId()).isEqualTo(id);
        assertThat(session.getClientReferenceId()).isEqualTo("order-1");
        assertThat(session.getPaymentStatus()).isEqualTo("paid");
        FakeStripe.SignedWebhook forged = webhook.forgedWith("whsec_someone_else");
        assertThatThrownBy(() -> Webhook.constructEvent(forged.payload(), forged.signatureHeader(),
                FakeStripe.WEBHOOK_SECRET)).isInstanceOf(com.stripe.exception.SignatureVerificationException.class);
    }

    private static CheckoutRequest request(String connectedAccount, Long applicationFee) {
        return new CheckoutRequest(
                "order-1",
                "USD",
                List.of(new LineItem("General admission", 2500, 2), new LineItem("Fees", 350, 1)),
                "ada@example.com",
                EXPIRES,
                "http://localhost:8080/orders/order-1/success",
                "http://localhost:8080/orders/order-1/cancel",
                connectedAccount,
                applicationFee);
    }
}
