package com.piquetickets.bench;

import com.piquetickets.saga.fakes.FakeStripe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hot on-sale: {@code buyers} concurrent buyers each place orders of 1 to 4 tickets, one after another, and pay each
 * card order at once through Stripe's signed {@code checkout.session.completed} webhook, until the show refuses them a
 * single ticket as sold out. What the driver sees is recorded here; what the system did is audited from the database.
 */
final class OnSaleRun {

    /** What the buyers do once their seats are held. */
    enum Checkout {
        /** Card orders, each paid at once through Stripe's signed webhook: the whole checkout. */
        CARD("card"),
        /** Free tickets: no payment step. */
        FREE("free"),
        /**
         * Card orders that are never paid: the reservation path alone (order placed, seats held, the buyer answered with
         * the price and a payment link; no Stripe call). The seats stay held until the hold runs out (30 minutes,
         * longer than the whole benchmark).
         */
        RESERVE_ONLY("card-unpaid");

        private final String label;

        Checkout(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        boolean priced() {
            return this != FREE;
        }
    }

    record Outcome(int buyers, Checkout checkout, Catalogue.OnSale show, Instant started, Instant buyersDone,
                   List<Long> placeNanos, Map<UUID, Instant> webhookSentAt, Map<UUID, Integer> acceptedSeats,
                   int refusedSoldOut, int refusedOther, int stillDeciding, int errors, boolean timedOut) {
    }

    /** Not an HTTP answer: the driver's own mark for an order still undecided when the buying time ran out. */
    private static final int BUYING_TIME_OVER = 599;

    private final Http http;
    private final FakeStripe stripe;
    private final int timeoutSeconds;

    OnSaleRun(Http http, FakeStripe stripe, int timeoutSeconds) {
        this.http = http;
        this.stripe = stripe;
        this.timeoutSeconds = timeoutSeconds;
    }

    Outcome run(Catalogue.OnSale show, int buyers, Checkout checkout) {
        ConcurrentLinkedQueue<Long> placeNanos = new ConcurrentLinkedQueue<>();
        Map<UUID, Instant> webhookSentAt = new ConcurrentHashMap<>();
        Map<UUID, Integer> acceptedSeats = new ConcurrentHashMap<>();
        AtomicInteger soldOut = new AtomicInteger();
        AtomicInteger otherRefusals = new AtomicInteger();
        AtomicInteger deciding = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong buyerNumbers = new AtomicLong();
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(buyers);
        Instant started = Instant.now();
        List<Thread> threads = new ArrayList<>();
        for (int b = 0; b < buyers; b++) {
            threads.add(Thread.ofPlatform().name("buyer-" + b).start(() -> {
                try {
                    int wanted = 1 + ThreadLocalRandom.current().nextInt(4);
                    while (System.nanoTime() < deadline && errors.get() < 100) {
                        long n = buyerNumbers.incrementAndGet();
                        Map<String, Object> order = Map.of("showId", show.showId(),
                                "buyer", Map.of("firstName", "Buyer", "lastName", "No" + n, "email", "buyer" + n + "@bench.example.com"),
                                "lines", Catalogue.line(show.ticketTypeId(), wanted));
                        Http.Response placed;
                        try {
                            placed = http.post("/api/orders", order);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            continue;
                        }
                        placeNanos.add(placed.nanos());
                        String code = placed.text("code");
                        if (placed.status() == 202) {
                            deciding.incrementAndGet();
                            placed = awaitDecision(UUID.fromString(placed.text("orderId")), deadline);
                            code = placed.text("rejectionReason");
                            if (placed.status() == BUYING_TIME_OVER) {
                                return; // undecided when the buying time ran out: counted as answered_202, not an error
                            }
                        }
                        if (placed.status() == 201) {
                            UUID orderId = UUID.fromString(placed.text("orderId"));
                            acceptedSeats.put(orderId, wanted);
                            if (checkout == Checkout.CARD && !pay(orderId, placed, webhookSentAt)) {
                                errors.incrementAndGet();
                            }
                            wanted = 1 + ThreadLocalRandom.current().nextInt(4);
                        } else if (placed.status() == 409 && "sold-out".equals(code)) {
                            soldOut.incrementAndGet();
                            if (wanted == 1) {
                                return; // not one seat left: this buyer is done
                            }
                            wanted = 1;
                        } else if (placed.status() == 409) {
                            otherRefusals.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                            Bench.log("POST /api/orders: " + placed.status() + " " + placed.body());
                        }
                    }
                } finally {
                    done.countDown();
                }
            }));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Outcome(buyers, checkout, show, started, Instant.now(), List.copyOf(placeNanos), Map.copyOf(webhookSentAt),
                Map.copyOf(acceptedSeats), soldOut.get(), otherRefusals.get(), deciding.get(), errors.get(),
                System.nanoTime() >= deadline);
    }

    /**
     * The buyer follows the order's payment link (the app opens the Stripe Checkout Session then), pays at the fake
     * Stripe, which then delivers its signed webhook for that session.
     */
    private boolean pay(UUID orderId, Http.Response placed, Map<UUID, Instant> webhookSentAt) {
        String paymentUrl = placed.json().path("paymentUrl").asText(null);
        if (paymentUrl == null) {
            Bench.log("order " + orderId + " has no payment URL: " + placed.body());
            return false;
        }
        Http.Response link = http.get(paymentUrl);
        String sessionId = link.json().path("sessionId").asText(null);
        if (link.status() != 200 || sessionId == null) {
            Bench.log("payment link of order " + orderId + ": " + link.status() + " " + link.body());
            return false;
        }
        stripe.completeSession(sessionId);
        FakeStripe.SignedWebhook webhook = stripe.signedWebhook("checkout.session.completed", sessionId);
        webhookSentAt.put(orderId, Instant.now());
        Http.Response delivered = http.postRaw("/api/webhooks/stripe", webhook.payload(),
                Map.of("Stripe-Signature", webhook.signatureHeader()));
        if (delivered.status() != 200) {
            Bench.log("webhook for order " + orderId + ": " + delivered.status() + " " + delivered.body());
            return false;
        }
        return true;
    }

    /** A 202 (the show's writer had not answered within the app's wait): follow the order until it exists. */
    private Http.Response awaitDecision(UUID orderId, long deadline) {
        while (System.nanoTime() < deadline) {
            Http.Response order = http.get("/api/orders/" + orderId);
            String status = order.text("status");
            if ("REJECTED".equals(status)) {
                return new Http.Response(409, order.body(), order.nanos());
            }
            if (order.status() == 200) {
                String body = "{\"orderId\":\"" + orderId + "\",\"paymentUrl\":\"/api/orders/" + orderId + "/payment\"}";
                return new Http.Response(201, body, order.nanos());
            }
            Bench.sleep(50);
        }
        return new Http.Response(BUYING_TIME_OVER, "{}", 0);
    }
}
