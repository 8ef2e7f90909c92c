package com.piquetickets.api.checkout;

import static com.piquetickets.api.support.CatalogueFixtures.daysFromNow;
import static com.piquetickets.api.support.CatalogueFixtures.unique;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.CatalogueFixtures;
import com.piquetickets.api.support.FakeGateways;
import com.piquetickets.saga.fakes.FakeStripe;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Shows on sale and orders placed through the REST API, and Stripe's side of a payment through the fake. */
final class CheckoutFixtures {

    private final ApiClient api;
    private final CatalogueFixtures catalogue;

    CheckoutFixtures(ApiClient api) {
        this.api = api;
        this.catalogue = new CatalogueFixtures(api);
    }

    /** A published show with one ticket type, of a producer onboarded to Stripe Connect; returns {showId, ticketTypeId}. */
    String[] showOnSale(int seats, String price, boolean offline) {
        String show = catalogue.draftShow(catalogue.chargesEnabledProducer(unique("Producer")),
                catalogue.venue(unique("Venue")), unique("On sale"), daysFromNow(20));
        String ticketType = catalogue.ticketType(show, "General admission", seats, price);
        if (offline) {
            api.put("/api/shows/" + show + "/payment-options", Map.of("offlinePaymentEnabled", true)).expect(200);
        }
        api.post("/api/shows/" + show + "/publish", null).expect(200);
        return new String[] {show, ticketType};
    }

    Map<String, Object> order(String show, String ticketType, int quantity, String method) {
        Map<String, Object> body = new HashMap<>();
        body.put("showId", show);
        body.put("buyer", Map.of("firstName", "Ada", "lastName", "Lovelace",
                "email", "ada+" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com"));
        body.put("lines", List.of(Map.of("ticketTypeId", ticketType, "quantity", quantity)));
        if (method != null) {
            body.put("paymentMethod", method);
        }
        return body;
    }

    ApiClient.Response place(Map<String, Object> body) {
        return api.post("/api/orders", body);
    }

    JsonNode orderView(String orderId) {
        return api.get("/api/orders/" + orderId).expect(200).json();
    }

    int remaining(String show) {
        return api.get("/api/shows/" + show).expect(200).json().path("ticketTypes").get(0).path("remaining").asInt();
    }

    /** The Checkout Session of a card order: the one its payment link opens (or the one it opened before). */
    String sessionOf(String orderId) {
        return api.get("/api/orders/" + orderId + "/payment").expect(200).text("sessionId");
    }

    ApiClient.Response deliver(FakeStripe.SignedWebhook webhook) {
        return catalogue.deliver(webhook);
    }

    /** The buyer pays on Stripe's page and Stripe tells us so. */
    ApiClient.Response pay(String orderId) {
        String session = sessionOf(orderId);
        FakeGateways.STRIPE.completeSession(session);
        return deliver(FakeGateways.STRIPE.signedWebhook("checkout.session.completed", session));
    }
}
