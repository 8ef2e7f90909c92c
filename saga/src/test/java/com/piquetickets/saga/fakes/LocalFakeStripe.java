package com.piquetickets.saga.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link FakeStripe} as a process, for trying a card checkout on a laptop without Stripe (README walk-through).
 * Stripe's API answers on 127.0.0.1:12111; a control server on 127.0.0.1:12112 plays the buyer and Stripe's webhook:
 * <pre>
 *   POST /sessions/{id}/pay      the buyer pays; the signed checkout.session.completed is posted to the app
 *   POST /sessions/{id}/expire   the session runs out; the signed checkout.session.expired is posted to the app
 *   POST /accounts/{id}/onboard  the producer finishes Stripe onboarding (charges and payouts enabled); the signed
 *                                account.updated is posted to the app
 * </pre>
 * The app's webhook URL is {@code PIQUE_FAKE_STRIPE_WEBHOOK} (default http://localhost:8080/api/webhooks/stripe).
 * Only loopback addresses are used.
 */
public final class LocalFakeStripe {

    private static final Pattern CONTROL = Pattern.compile("/(sessions|accounts)/([^/]+)/(pay|expire|onboard)");

    private LocalFakeStripe() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        FakeStripe stripe = FakeStripe.start(FakeStripe.WEBHOOK_SECRET, 12111);
        String webhook = System.getenv().getOrDefault("PIQUE_FAKE_STRIPE_WEBHOOK", "http://localhost:8080/api/webhooks/stripe");
        HttpClient http = HttpClient.newHttpClient();
        HttpServer control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 12112), 0);
        control.createContext("/", exchange -> {
            Matcher matcher = CONTROL.matcher(exchange.getRequestURI().getPath());
            String action = matcher.matches() ? matcher.group(1) + "/" + matcher.group(3) : "";
            if (!"POST".equals(exchange.getRequestMethod())
                    || !List.of("sessions/pay", "sessions/expire", "accounts/onboard").contains(action)) {
                answer(exchange, 404, "POST /sessions/{id}/pay, /sessions/{id}/expire or /accounts/{id}/onboard\n");
                return;
            }
            String id = matcher.group(2);
            try {
                String type;
                FakeStripe.SignedWebhook event;
                switch (action) {
                    case "sessions/pay" -> {
                        stripe.completeSession(id);
                        type = "checkout.session.completed";
                        event = stripe.signedWebhook(type, id);
                    }
                    case "sessions/expire" -> {
                        stripe.expireSessionNow(id);
                        type = "checkout.session.expired";
                        event = stripe.signedWebhook(type, id);
                    }
                    default -> {
                        stripe.completeOnboarding(id);
                        type = "account.updated";
                        event = stripe.signedAccountWebhook(id);
                    }
                }
                HttpResponse<String> delivered = http.send(HttpRequest.newBuilder(URI.create(webhook))
                        .header("Content-Type", "application/json")
                        .header("Stripe-Signature", event.signatureHeader())
                        .POST(HttpRequest.BodyPublishers.ofString(event.payload())).build(),
                        HttpResponse.BodyHandlers.ofString());
                answer(exchange, 200, type + " -> " + webhook + ": " + delivered.statusCode() + " " + delivered.body() + "\n");
            } catch (IllegalStateException | IllegalArgumentException e) {
                answer(exchange, 409, e.getMessage() + "\n");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(exchange, 500, "interrupted\n");
            }
        });
        control.start();
        System.out.printf("Fake Stripe API on %s (webhook secret %s); controls on http://127.0.0.1:12112%n",
                stripe.apiBase(), FakeStripe.WEBHOOK_SECRET);
        new CountDownLatch(1).await();
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
