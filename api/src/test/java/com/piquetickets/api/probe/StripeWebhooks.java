package com.piquetickets.api.probe;

import com.piquetickets.api.support.FakeGateways;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Stripe webhook's baseline: an event as Stripe sends it, and a valid signature for whatever body is sent, so
 * that the body itself (not the signature check) is what a hostile value tests.
 */
final class StripeWebhooks {

    static final String OPERATION = "POST /api/webhooks/stripe";
    static final String SIGNATURE_HEADER = "Stripe-Signature";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StripeWebhooks() {
    }

    /** A completed checkout session, one this service never opened. */
    static byte[] event() {
        ObjectNode session = JsonNodeFactory.instance.objectNode().put("id", "cs_probe_" + UUID.randomUUID())
                .put("object", "checkout.session").put("client_reference_id", UUID.randomUUID().toString())
                .put("status", "complete").put("payment_status", "paid");
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("id", "evt_probe_" + UUID.randomUUID())
                .put("object", "event").put("api_version", Stripe.API_VERSION)
                .put("created", Instant.now().getEpochSecond()).put("type", "checkout.session.completed")
                .put("livemode", false);
        event.putObject("data").set("object", session);
        return JSON.writeValueAsBytes(event);
    }

    /** A valid signature of the body as the server decodes it (UTF-8), made with the test's webhook secret. */
    static String signature(byte[] body) {
        try {
            return Webhook.Signature.generateSignatureHeader(new String(body, StandardCharsets.UTF_8),
                    FakeGateways.STRIPE.webhookSecret());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
