package com.piquetickets.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.piquetickets.saga.fakes.FakeStripe;
import com.stripe.net.Webhook;
import java.security.GeneralSecurityException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sets up what an on-sale needs through the public HTTP API, as a staff user would. */
final class Catalogue {

    record OnSale(UUID showId, UUID ticketTypeId, int capacity, boolean paid) {
    }

    private static final Pattern STRIPE_ACCOUNT = Pattern.compile("\"(acct_[A-Za-z0-9_]+)\"");

    private final Http http;
    private final BenchConfig config;
    private final FakeStripe stripe;
    private UUID venueId;
    private UUID producerId;
    private int shows;

    Catalogue(Http http, BenchConfig config, FakeStripe stripe) {
        this.stripe = stripe;
        this.http = http;
        this.config = config;
    }

    /** Signs in as the bootstrap admin ({@code POST /api/auth/token}); catalogue writes carry the token. */
    void signIn() {
        Http.Response token = http.post("/api/auth/token",
                Map.of("email", config.adminEmail(), "password", config.adminPassword()));
        String accessToken = token.text("accessToken");
        if (token.status() != 200 || accessToken == null) {
            throw new IllegalStateException("sign-in failed: " + token.status() + " " + token.body());
        }
        http.useBearerToken(accessToken);
        Bench.log("signed in as " + config.adminEmail());
    }

    /** Venue and producer, once per application database; the producer can take card payments afterwards. */
    void createOrganisers() {
        venueId = created(http.postAsStaff("/api/venues", Map.of("name", "Bench Hall", "address", "1 Main St",
                "city", "Chicago", "state", "IL", "zipCode", "60601")));
        producerId = created(http.postAsStaff("/api/producers", Map.of("name", "Bench Productions", "country", "US")));
        onboardStripeAccount();
    }

    UUID venueId() {
        return venueId;
    }

    /** A published show with one ticket type of {@code capacity} seats at 25.00, or free. */
    OnSale publishedShow(String title, int capacity, boolean paid) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(60).withNano(0);
        UUID showId = created(http.postAsStaff("/api/shows", Map.of("producerId", producerId, "venueId", venueId,
                "title", title + " " + (++shows) + " " + UUID.randomUUID().toString().substring(0, 8),
                "timeZone", "America/Chicago", "startTime", start.toString(), "endTime", start.plusHours(2).toString())));
        UUID ticketTypeId = created(http.postAsStaff("/api/shows/" + showId + "/ticket-types",
                Map.of("name", paid ? "General admission" : "Free entry", "quantity", capacity, "price", paid ? 25.00 : 0)));
        publish(showId);
        return new OnSale(showId, ticketTypeId, capacity, paid);
    }

    private void publish(UUID showId) {
        Http.Response published = null;
        // With identity, a paid show is publishable once the producer's Connect account (just onboarded) is active.
        for (int attempt = 0; attempt < 40; attempt++) {
            published = http.postAsStaff("/api/shows/" + showId + "/publish", null);
            if (published.status() / 100 == 2) {
                return;
            }
            if (published.status() != 409) {
                break;
            }
            Bench.sleep(250);
        }
        throw new IllegalStateException("publish failed: " + published.status() + " " + published.body());
    }

    /**
     * Issue 4: with Stripe configured, publishing a paid show needs the producer's Connect account to take charges.
     * Onboard through the account-link route; the fake Stripe completes onboarding and reports the account active.
     */
    private void onboardStripeAccount() {
        Http.Response link = http.postAsStaff("/api/producers/" + producerId + "/stripe/account-link", null);
        if (link.status() / 100 != 2) {
            throw new IllegalStateException("account link failed: " + link.status() + " " + link.body());
        }
        Matcher account = STRIPE_ACCOUNT.matcher(link.body());
        if (!account.find()) {
            throw new IllegalStateException("no Stripe account id in the account link answer: " + link.body());
        }
        // Stripe finishes the account's onboarding, then tells us (the app re-reads the account from "Stripe").
        stripe.completeOnboarding(account.group(1));
        FakeStripe.SignedWebhook updated = stripe.signedAccountWebhook(account.group(1));
        Http.Response delivered = http.postRaw("/api/webhooks/stripe", updated.payload(),
                Map.of("Stripe-Signature", updated.signatureHeader()));
        if (delivered.status() / 100 != 2) {
            throw new IllegalStateException("account.updated webhook refused: " + delivered.status() + " " + delivered.body());
        }
    }

    String sign(String payload) {
        try {
            return Webhook.Signature.generateSignatureHeader(payload, config.webhookSecret());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID created(Http.Response response) {
        String id = response.text("id");
        if (response.status() != 201 || id == null) {
            throw new IllegalStateException("create failed: " + response.status() + " " + response.body());
        }
        return UUID.fromString(id);
    }

    static List<Map<String, Object>> line(UUID ticketTypeId, int quantity) {
        return List.of(Map.of("ticketTypeId", ticketTypeId, "quantity", quantity));
    }
}
