package com.piquetickets.api.checkout;

import com.piquetickets.api.support.StoredEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.messaging.ReadModelSync;
import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.api.support.FakeGateways;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.saga.fakes.FakeSes;
import com.piquetickets.saga.fakes.FakeStripe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Checkout end to end on PostgreSQL, with Stripe and SES faked at the HTTP boundary only. */
@PostgresIntegrationTest
class CheckoutIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final FakeStripe STRIPE = FakeGateways.STRIPE;
    private static final FakeSes SES = FakeGateways.SES;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReadModelSync readModel;

    ApiClient api;
    CheckoutFixtures checkout;

    @BeforeEach
    void setUp() {
        api = TestUsers.admin(port);
        checkout = new CheckoutFixtures(api);
    }

    @Test
    void paidCheckoutIsCompletedByASignedWebhook() {
        String[] show = checkout.showOnSale(10, "25.00", false);
        JsonNode placed = checkout.place(checkout.order(show[0], show[1], 2, null)).expect(201).json();
        String orderId = placed.path("orderId").asString();
        assertThat(placed.path("status").asString()).isEqualTo("PENDING_PAYMENT");
        assertThat(placed.path("payment").path("method").asString()).isEqualTo("STRIPE");
        assertThat(placed.path("paymentUrl").asString()).isEqualTo("/api/orders/" + orderId + "/payment");
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions")).noneSatisfy(
                request -> assertThat(request.header("Idempotency-Key")).contains(orderId));
        assertThat(placed.path("expiresAt").asString()).isNotBlank();
        assertThat(placed.path("totals").path("total").path("amount").decimalValue()).isGreaterThanOrEqualTo(
                new java.math.BigDecimal("50.00"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(8));
        String session = checkout.sessionOf(orderId);
        assertThat(STRIPE.session(session).get("client_reference_id").getAsString()).isEqualTo(orderId);
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions")).anySatisfy(
                request -> assertThat(request.header("Idempotency-Key")).contains(orderId));

        checkout.pay(orderId).expect(200);

        JsonNode order = awaitCompleted(orderId, 2);
        assertThat(order.path("attendees").get(0).path("uuid").asString()).isNotBlank();
        assertThat(order.path("payment").path("paymentIntentId").asString()).startsWith("pi_");
        assertThat(order.path("payment").path("chargeId").asString()).startsWith("ch_");
        String email = order.path("email").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(sentTo(email)).hasSize(1));
        FakeSes.SentEmail sent = sentTo(email).getFirst();
        assertThat(sent.htmlBody()).contains(order.path("attendees").get(0).path("uuid").asString() + "/qr.png");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(8));
        assertThat(api.get("/api/orders?email=" + java.net.URLEncoder.encode(email.toUpperCase(java.util.Locale.ROOT),
                java.nio.charset.StandardCharsets.UTF_8) + "&show=" + show[0])
                .expect(200).json().path("items").get(0).path("id").asString()).isEqualTo(orderId);
        api.get("/api/orders").problem(400);
    }

    @Test
    void theSameWebhookDeliveredTwiceIssuesTicketsAndEmailOnce() {
        String[] show = checkout.showOnSale(10, "15.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 3, "STRIPE")).expect(201).text("orderId");
        String session = checkout.sessionOf(orderId);
        STRIPE.completeSession(session);
        FakeStripe.SignedWebhook completed = STRIPE.signedWebhook("checkout.session.completed", session);

        checkout.deliver(completed).expect(200);
        assertThat(checkout.deliver(completed).expect(200).text("outcome")).isEqualTo("duplicate");
        checkout.deliver(STRIPE.signedWebhook("checkout.session.async_payment_succeeded", session)).expect(200);

        JsonNode order = awaitCompleted(orderId, 3);
        String email = order.path("email").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(sentTo(email)).hasSize(1));
        settle();
        assertThat(checkout.orderView(orderId).path("attendees").size()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from ticket_attendee where order_id = ?::uuid", Long.class, orderId))
                .isEqualTo(3);
        assertThat(sentTo(email)).hasSize(1);
    }

    @Test
    void anExpiredEventAfterCompletionChangesNothing() {
        String[] show = checkout.showOnSale(5, "10.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 1, "STRIPE")).expect(201).text("orderId");
        String session = checkout.sessionOf(orderId);
        checkout.pay(orderId).expect(200);
        awaitStatus(orderId, "COMPLETED");

        checkout.deliver(STRIPE.signedWebhook("checkout.session.expired", session)).expect(200);

        settle();
        assertThat(checkout.orderView(orderId).path("status").asString()).isEqualTo("COMPLETED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(4));
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedAndChangesNothing() {
        String[] show = checkout.showOnSale(5, "10.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 1, "STRIPE")).expect(201).text("orderId");
        String session = checkout.sessionOf(orderId);
        STRIPE.completeSession(session);
        long events = eventCount();

        JsonNode problem = checkout.deliver(STRIPE.signedWebhook("checkout.session.completed", session)
                .forgedWith("whsec_not_ours")).problem(400);
        api.raw("POST", "/api/webhooks/stripe", "{}", Map.of()).problem(400);

        assertThat(problem.path("code").asString()).isEqualTo("invalid-signature");
        settle();
        assertThat(eventCount()).isEqualTo(events);
        assertThat(checkout.orderView(orderId).path("status").asString()).isEqualTo("PENDING_PAYMENT");
    }

    @Test
    void aHoldThatRunsOutReleasesItsSeats() {
        String[] show = checkout.showOnSale(4, "20.00", true);
        String orderId = checkout.place(checkout.order(show[0], show[1], 3, "OFFLINE")).expect(201).text("orderId");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(1));

        awaitStatus(orderId, "EXPIRED");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(4));
    }

    @Test
    void manyParallelBuyersForTheLastSeatsSellExactlyThoseSeats() throws Exception {
        int seats = 5;
        int buyers = 24;
        String[] show = checkout.showOnSale(seats, "30.00", true);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            attempts.add(() -> checkout.place(checkout.order(show[0], show[1], 1, "OFFLINE")).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(attempts)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(seats);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(buyers - seats);
        settle();
        Map<String, Object> ticket = jdbc.queryForMap("select sold, held, quantity from ticket where id = ?::uuid", show[1]);
        assertThat(((Number) ticket.get("sold")).intValue() + ((Number) ticket.get("held")).intValue()).isEqualTo(seats);
        assertThat(checkout.remaining(show[0])).isZero();
    }

    @Test
    void aLatePaymentWithNoSeatsLeftIsRefundedAutomatically() {
        String[] show = checkout.showOnSale(2, "40.00", true);
        String late = checkout.place(checkout.order(show[0], show[1], 2, "STRIPE")).expect(201).text("orderId");
        String session = checkout.sessionOf(late);
        STRIPE.completeSession(session); // paid at Stripe, but the webhook is delayed past the hold
        awaitStatus(late, "EXPIRED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(2));
        String other = checkout.place(checkout.order(show[0], show[1], 2, "OFFLINE")).expect(201).text("orderId");
        api.post("/api/orders/" + other + "/payments/confirm", Map.of()).expect(200);

        checkout.deliver(STRIPE.signedWebhook("checkout.session.completed", session)).expect(200);

        JsonNode refunded = awaitStatus(late, "REFUNDED");
        assertThat(refunded.path("attendees").size()).isZero();
        assertThat(STRIPE.refunds()).anySatisfy(refund -> {
            assertThat(refund.paymentIntent()).isEqualTo(refunded.path("payment").path("paymentIntentId").asString());
            assertThat(refund.amount()).isEqualTo(STRIPE.session(session).get("amount_total").getAsLong());
        });
        assertThat(checkout.orderView(other).path("attendees").size()).isEqualTo(2);
    }

    @Test
    void aLatePaymentWithSeatsStillFreeIsTicketed() {
        String[] show = checkout.showOnSale(3, "12.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 1, "STRIPE")).expect(201).text("orderId");
        String session = checkout.sessionOf(orderId);
        STRIPE.completeSession(session);
        awaitStatus(orderId, "EXPIRED");

        checkout.deliver(STRIPE.signedWebhook("checkout.session.completed", session)).expect(200);

        awaitCompleted(orderId, 1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(2));
    }

    @Test
    void anEmailThatFailsIsSentOnceLater() {
        String[] show = checkout.showOnSale(5, "0.00", false);
        SES.failNext(2);
        JsonNode placed = checkout.place(checkout.order(show[0], show[1], 1, null)).expect(201).json();
        String orderId = placed.path("orderId").asString();

        JsonNode order = awaitStatus(orderId, "COMPLETED");

        String email = order.path("email").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(sentTo(email)).hasSize(1));
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode tracked = api.get("/api/orders/" + orderId + "/emails").expect(200).json().get(0);
            assertThat(tracked.path("status").asString()).isEqualTo("SENT");
            assertThat(tracked.path("attempts").asInt()).isGreaterThanOrEqualTo(2);
        });
        settle();
        assertThat(sentTo(email)).hasSize(1);
    }

    @Test
    void freeTicketsAreConfirmedAtOnce() {
        String[] show = checkout.showOnSale(50, "0.00", false);
        JsonNode placed = checkout.place(checkout.order(show[0], show[1], 2, null)).expect(201).json();

        assertThat(placed.path("payment").path("method").asString()).isEqualTo("FREE");
        assertThat(placed.path("status").asString()).isEqualTo("PAID");
        assertThat(placed.path("paymentUrl").isNull()).isTrue();
        assertThat(placed.path("totals").path("total").path("amount").decimalValue()).isZero();
        awaitCompleted(placed.path("orderId").asString(), 2);
    }

    @Test
    void anOfflineOrderWaitsForTheProducerToConfirmPayment() {
        String[] show = checkout.showOnSale(10, "18.00", true);
        JsonNode placed = checkout.place(checkout.order(show[0], show[1], 2, "OFFLINE")).expect(201).json();
        String orderId = placed.path("orderId").asString();
        assertThat(placed.path("payment").path("method").asString()).isEqualTo("OFFLINE");

        JsonNode confirmed = api.post("/api/orders/" + orderId + "/payments/confirm", Map.of("note", "paid cash")).expect(200).json();

        assertThat(confirmed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(confirmed.path("attendees").size()).isEqualTo(2);
    }

    @Test
    void offlinePaymentIsRefusedWhereTheShowDoesNotAllowIt() {
        String[] show = checkout.showOnSale(10, "18.00", false);

        long events = eventCount();

        JsonNode problem = checkout.place(checkout.order(show[0], show[1], 1, "OFFLINE")).problem(422);

        assertThat(problem.path("code").asString()).isEqualTo("invalid-order");
        assertThat(problem.path("detail").asString()).contains("offline payment");
        assertThat(problem.path("orderId").isMissingNode()).isTrue();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aFullRefundVoidsTheTicketsAndFreesTheSeats() {
        String[] show = checkout.showOnSale(6, "22.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 2, "STRIPE")).expect(201).text("orderId");
        checkout.pay(orderId).expect(200);
        awaitCompleted(orderId, 2);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(4));

        api.post("/api/orders/" + orderId + "/refunds", Map.of("reason", "cannot come")).expect(202);

        JsonNode refunded = awaitStatus(orderId, "REFUNDED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(6));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                api.get("/api/attendees/" + refunded.path("attendees").get(0).path("uuid").asString()).expect(200)
                        .json().path("voided").asBoolean()).isTrue());
        assertThat(STRIPE.requests("POST", "/v1/refunds")).allSatisfy(
                request -> assertThat(request.header("Idempotency-Key")).isNotBlank());
    }

    @Test
    void theConfirmationCanBeSentAgainAsANewTrackedEmail() {
        String[] show = checkout.showOnSale(10, "0.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 2, null)).expect(201).text("orderId");
        JsonNode order = awaitCompleted(orderId, 2);
        String email = order.path("email").asString();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(sentTo(email)).hasSize(1));

        api.post("/api/orders/" + orderId + "/resend-confirmation", null).expect(202);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(sentTo(email)).hasSize(2));
        assertThat(sentTo(email).get(1).htmlBody()).contains(order.path("attendees").get(1).path("uuid").asString());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.get("/api/orders/" + orderId + "/emails").expect(200)
                .json().valueStream().map(e -> e.path("purpose").asString()))
                .containsExactly("ORDER_CONFIRMATION", "ORDER_CONFIRMATION_RESEND"));
    }

    @Test
    void anOrderWithoutTicketsHasNoConfirmationToResend() {
        String[] show = checkout.showOnSale(10, "10.00", true);
        String orderId = checkout.place(checkout.order(show[0], show[1], 1, "OFFLINE")).expect(201).text("orderId");

        assertThat(api.post("/api/orders/" + orderId + "/resend-confirmation", null).problem(409).path("code").asString())
                .isEqualTo("order-not-ticketed");
    }

    @Test
    void theQrCodeOfATicketIsAPngOfItsUuid() {
        String[] show = checkout.showOnSale(10, "0.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 1, null)).expect(201).text("orderId");
        String uuid = awaitCompleted(orderId, 1).path("attendees").get(0).path("uuid").asString();

        ApiClient.Response png = api.get("/api/attendees/" + uuid + "/qr.png");

        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        api.get("/api/attendees/" + java.util.UUID.randomUUID() + "/qr.png").expect(404);
        assertThat(api.get("/api/shows/" + show[0] + "/attendees").expect(200).json().path("items").get(0)
                .path("uuid").asString()).isEqualTo(uuid);
    }

    @Test
    void aPartialRefundKeepsTheTickets() {
        String[] show = checkout.showOnSale(6, "22.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 2, "STRIPE")).expect(201).text("orderId");
        checkout.pay(orderId).expect(200);
        awaitCompleted(orderId, 2);

        api.post("/api/orders/" + orderId + "/refunds", Map.of("amount", "5.00", "reason", "goodwill")).expect(202);

        JsonNode order = awaitStatus(orderId, "PARTIALLY_REFUNDED");
        assertThat(order.path("totals").path("refunded").path("amount").decimalValue()).isEqualByComparingTo("5.00");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(4));
    }

    @Test
    void aRetriedRefundWithTheSameIdempotencyKeyRefundsOnce() {
        String[] show = checkout.showOnSale(6, "22.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 2, "STRIPE")).expect(201).text("orderId");
        checkout.pay(orderId).expect(200);
        String paymentIntent = awaitCompleted(orderId, 2).path("payment").path("paymentIntentId").asString();
        Map<String, Object> refund = Map.of("amount", "5.00", "reason", "goodwill");
        Map<String, String> key = Map.of("Idempotency-Key", "refund-" + orderId);

        String first = api.post("/api/orders/" + orderId + "/refunds", refund, key).expect(202).text("refundId");
        String again = api.post("/api/orders/" + orderId + "/refunds", refund, key).expect(202).text("refundId");

        assertThat(again).isEqualTo(first);
        JsonNode order = awaitStatus(orderId, "PARTIALLY_REFUNDED");
        settle();
        assertThat(order.path("totals").path("refunded").path("amount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(STRIPE.refunds()).filteredOn(made -> made.paymentIntent().equals(paymentIntent)).hasSize(1);
    }

    @Test
    void aRetriedOrderWithTheSameIdempotencyKeyCreatesOneOrder() {
        String[] show = checkout.showOnSale(10, "0.00", false);
        Map<String, Object> body = checkout.order(show[0], show[1], 1, null);
        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + show[0]);

        String first = api.post("/api/orders", body, key).expect(201).text("orderId");
        String again = api.post("/api/orders", body, key).expect(201).text("orderId");
        Map<String, Object> other = checkout.order(show[0], show[1], 2, null);
        JsonNode reused = api.post("/api/orders", other, key).problem(422);

        assertThat(again).isEqualTo(first);
        assertThat(reused.path("code").asString()).isEqualTo("idempotency-key-reused");
        settle();
        assertThat(jdbc.queryForObject("select count(*) from \"order\" where show_id = ?::uuid", Long.class, show[0]))
                .isEqualTo(1);
    }

    @Test
    void badOrdersAreProblemDocumentsAndWriteNothing() {
        String[] show = checkout.showOnSale(10, "10.00", false);
        long events = eventCount();

        api.post("/api/orders", Map.of("showId", show[0])).problem(400);
        Map<String, Object> tooMany = checkout.order(show[0], show[1], 11, null);
        assertThat(fields(api.post("/api/orders", tooMany).problem(400))).contains("lines");
        Map<String, Object> zero = checkout.order(show[0], show[1], 0, null);
        assertThat(fields(api.post("/api/orders", zero).problem(400))).contains("lines[0].quantity");
        Map<String, Object> free = checkout.order(show[0], show[1], 1, "FREE");
        assertThat(fields(api.post("/api/orders", free).problem(400))).contains("paymentMethod");
        Map<String, Object> noEmail = checkout.order(show[0], show[1], 1, null);
        noEmail.put("buyer", Map.of("firstName", "A", "lastName", "B", "email", "not-an-email"));
        assertThat(fields(api.post("/api/orders", noEmail).problem(400))).contains("buyer.email");
        api.post("/api/orders", checkout.order("00000000-0000-0000-0000-000000000001", show[1], 1, null)).problem(404);
        api.raw("POST", "/api/orders", "{\"showId\": ").problem(400);

        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void anOrderForATicketTypeTheShowDoesNotHaveIsA422ThatNamesItAndWritesNothing() {
        String[] show = checkout.showOnSale(10, "10.00", false);
        long events = eventCount();

        JsonNode problem = checkout.place(checkout.order(show[0], "00000000-0000-0000-0000-0000000000aa", 1, null))
                .problem(422);

        assertThat(problem.path("code").asString()).isEqualTo("invalid-order");
        assertThat(problem.path("detail").asString()).contains("00000000-0000-0000-0000-0000000000aa");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aSoldOutRefusalIsRecordedAndSaysWhatIsLeft() {
        String[] show = checkout.showOnSale(2, "10.00", false);
        checkout.place(checkout.order(show[0], show[1], 1, null)).expect(201);

        ApiClient.Response refused = checkout.place(checkout.order(show[0], show[1], 2, null));

        JsonNode problem = refused.problem(409);
        assertThat(problem.path("code").asString()).isEqualTo("sold-out");
        assertThat(problem.path("detail").asString()).contains("only 1", "General admission");
        String orderId = problem.path("orderId").asString();
        assertThat(refused.location()).isEqualTo("/api/orders/" + orderId);
        awaitStatus(orderId, "REJECTED");
    }

    @Test
    void thePaymentLinkOpensOneSessionWhenTheBuyerGoesToPayAndReusesIt() throws Exception {
        String[] show = checkout.showOnSale(10, "25.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 1, null)).expect(201).text("orderId");
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions")).noneSatisfy(
                request -> assertThat(request.header("Idempotency-Key")).contains(orderId));

        String session = checkout.sessionOf(orderId);
        HttpResponse<Void> browser = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/orders/" + orderId + "/payment"))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location")).hasValue(STRIPE.session(session).get("url").getAsString());
        assertThat(checkout.sessionOf(orderId)).isEqualTo(session);
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions")).filteredOn(
                request -> request.header("Idempotency-Key").contains(orderId)).hasSize(1);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.orderView(orderId).path("payment")
                .path("checkoutUrl").asString()).isEqualTo(STRIPE.session(session).get("url").getAsString()));
    }

    @Test
    void anOfflineOrderHasNoPaymentLink() {
        String[] show = checkout.showOnSale(10, "25.00", true);
        JsonNode placed = checkout.place(checkout.order(show[0], show[1], 1, "OFFLINE")).expect(201).json();

        assertThat(placed.path("paymentUrl").isNull()).isTrue();
        assertThat(api.get("/api/orders/" + placed.path("orderId").asString() + "/payment").problem(409)
                .path("detail").asString()).contains("OFFLINE");
    }

    @Test
    void anExpiredCheckoutSessionGivesTheSeatsBackAtOnce() {
        String[] show = checkout.showOnSale(5, "10.00", false);
        String orderId = checkout.place(checkout.order(show[0], show[1], 3, null)).expect(201).text("orderId");
        String session = checkout.sessionOf(orderId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(2));

        STRIPE.expireSessionNow(session);
        checkout.deliver(STRIPE.signedWebhook("checkout.session.expired", session)).expect(200);

        // Well before the 12 s hold would run out.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(checkout.remaining(show[0])).isEqualTo(5));
        assertThat(checkout.orderView(orderId).path("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aKeyWhoseRequestDiedResolvesToTheOrderItPlaced() {
        String[] show = checkout.showOnSale(10, "0.00", false);
        Map<String, Object> body = checkout.order(show[0], show[1], 1, null);
        String key = "crashed-" + show[0];
        String first = api.post("/api/orders", body, Map.of("Idempotency-Key", key)).expect(201).text("orderId");
        await().atMost(PATIENCE).untilAsserted(() -> checkout.orderView(first));
        // As after a kill -9 between placing the order and storing the answer: in progress, long ago.
        jdbc.update("update idempotency_key set status = null, response = null, location = null, "
                + "created_at = created_at - interval '1 hour' where idem_key = ?", key);

        String again = api.post("/api/orders", body, Map.of("Idempotency-Key", key)).expect(201).text("orderId");

        assertThat(again).isEqualTo(first);
        settle();
        assertThat(jdbc.queryForObject("select count(*) from \"order\" where show_id = ?::uuid", Long.class, show[0]))
                .isEqualTo(1);
    }

    @Test
    void aKeyWhoseRequestDiedBeforePlacingIsFreeAfterItsLeaseAndBusyWithinIt() {
        String[] show = checkout.showOnSale(10, "0.00", false);
        Map<String, Object> body = checkout.order(show[0], show[1], 1, null);
        String used = "used-" + show[0];
        api.post("/api/orders", body, Map.of("Idempotency-Key", used)).expect(201);
        // The same request under a key whose request died before it placed anything: one recent, one long ago.
        for (String[] claim : new String[][] {{"busy-" + show[0], "0 seconds"}, {"died-" + show[0], "1 hour"}}) {
            jdbc.update("insert into idempotency_key (scope, idem_key, fingerprint, created_at) select scope, ?, fingerprint, "
                    + "now() - cast(? as interval) from idempotency_key where idem_key = ?", claim[0], claim[1], used);
        }

        api.post("/api/orders", body, Map.of("Idempotency-Key", "busy-" + show[0])).problem(409);
        String placed = api.post("/api/orders", body, Map.of("Idempotency-Key", "died-" + show[0])).expect(201)
                .text("orderId");

        awaitStatus(placed, "COMPLETED");
    }

    /** COMPLETED with every ticket visible (tickets are projected apart from the order's status). */
    private JsonNode awaitCompleted(String orderId, int tickets) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode order = checkout.orderView(orderId);
            return order.path("status").asString().equals("COMPLETED") && order.path("attendees").size() == tickets;
        });
        return checkout.orderView(orderId);
    }

    private JsonNode awaitStatus(String orderId, String status) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> checkout.orderView(orderId).path("status").asString(), status::equals);
        return checkout.orderView(orderId);
    }

    /** Lets every projection catch up with what has happened so far, so "nothing more happened" can be checked. */
    private void settle() {
        assertThat(readModel.awaitCatchUp(ProcessingGroups.ALL.toArray(String[]::new))).isTrue();
    }

    private static List<FakeSes.SentEmail> sentTo(String email) {
        return SES.sent().stream().filter(sent -> sent.to().contains(email)).toList();
    }

    private static String fields(JsonNode problem) {
        return String.join(",", problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList());
    }

    private long eventCount() {
        return StoredEvents.count(jdbc);
    }
}
