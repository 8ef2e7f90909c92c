package com.piquetickets.api.support;

import com.piquetickets.saga.fakes.FakeStripe;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the catalogue through the REST API, the way a producer's tool would. */
public final class CatalogueFixtures {

    private final ApiClient api;

    public CatalogueFixtures(ApiClient api) {
        this.api = api;
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static OffsetDateTime daysFromNow(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(-5)).plusDays(days).truncatedTo(ChronoUnit.MINUTES);
    }

    public String venue(String name) {
        return api.post("/api/venues", Map.of("name", name, "city", "Chicago", "state", "IL", "address", "1 Main St",
                "zipCode", "60601")).expect(201).text("id");
    }

    public String producer(String name) {
        return api.post("/api/producers", Map.of("name", name, "country", "US")).expect(201).text("id");
    }

    /**
     * A producer whose Stripe connected account takes charges, onboarded as in production: the account link endpoint
     * makes the account, the fake Stripe completes onboarding, and its signed {@code account.updated} reaches the
     * webhook. With Stripe configured (as in every integration test) only such a producer can publish a paid show.
     */
    public String chargesEnabledProducer(String name) {
        String producer = producer(name);
        String account = api.post("/api/producers/" + producer + "/stripe/account-link", null).expect(200)
                .text("stripeAccountId");
        FakeGateways.STRIPE.completeOnboarding(account);
        deliver(FakeGateways.STRIPE.signedAccountWebhook(account)).expect(200);
        return producer;
    }

    /** Posts a signed Stripe event to the webhook, as Stripe does. */
    public ApiClient.Response deliver(FakeStripe.SignedWebhook webhook) {
        return api.raw("POST", "/api/webhooks/stripe", webhook.payload(),
                Map.of("Stripe-Signature", webhook.signatureHeader()));
    }

    public String performer(String name) {
        return api.post("/api/performers", Map.of("name", name, "city", "Chicago")).expect(201).text("id");
    }

    public Map<String, Object> showBody(String producerId, String venueId, String title, OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", producerId);
        body.put("venueId", venueId);
        body.put("title", title);
        body.put("description", "<p>An evening of <b>comedy</b></p>");
        body.put("doorTime", start.minusMinutes(30).toString());
        body.put("startTime", start.toString());
        body.put("endTime", start.plusHours(2).toString());
        body.put("timeZone", "America/Chicago");
        body.put("ageRestriction", "18+");
        body.put("refundPolicy", "Refunds up to 48 hours before the show.");
        return body;
    }

    public String draftShow(String producerId, String venueId, String title, OffsetDateTime start) {
        return api.post("/api/shows", showBody(producerId, venueId, title, start)).expect(201).text("id");
    }

    public String ticketType(String showId, String name, int quantity, String price) {
        return api.post("/api/shows/" + showId + "/ticket-types",
                Map.of("name", name, "quantity", quantity, "price", price)).expect(201).text("id");
    }

    /** A published show with one paid ticket type at a new venue of a new, onboarded producer; returns the show id. */
    public String publishedShow(String title, OffsetDateTime start) {
        String show = draftShow(chargesEnabledProducer(unique("Producer")), venue(unique("Venue")), title, start);
        ticketType(show, "General admission", 100, "25.00");
        api.post("/api/shows/" + show + "/publish", null).expect(200);
        return show;
    }

    public List<String> ids(ApiClient.Response page) {
        return page.json().path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }
}
