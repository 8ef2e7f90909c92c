package com.piquetickets.api.webhook;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.web.Problems;
import com.piquetickets.saga.config.GatewayProperties;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhook. The signature is the authentication (300 s tolerance); each Stripe event is handled once; the
 * event is only a trigger: {@link StripeEvents} asks Stripe for the session before it changes anything.
 */
@RestController
@Tag(name = "Webhooks")
class StripeWebhookController {

    static final long TOLERANCE_SECONDS = 300;

    private final StripeEvents events;
    private final String secret;
    private final Clock clock;

    StripeWebhookController(StripeEvents events, GatewayProperties gateways, Clock clock) {
        this.events = events;
        this.secret = gateways.stripe().webhookSecret() == null ? "" : gateways.stripe().webhookSecret();
        this.clock = clock;
    }

    @PostMapping(path = "/api/webhooks/stripe", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Stripe events (signed): checkout session completed, async payment succeeded or failed, expired; connected account updated")
    @Allow(AccessRule.PUBLIC)
    ResponseEntity<?> receive(@RequestBody(required = false) String payload,
                              @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        if (secret.isBlank()) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "stripe-webhooks-not-configured",
                    "this service has no Stripe webhook secret (PIQUE_STRIPE_WEBHOOK_SECRET) and cannot verify events");
        }
        if (payload == null || payload.isBlank() || signature == null || signature.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-signature", "a signed Stripe event body and its Stripe-Signature header are required");
        }
        if (signedInTheFuture(signature)) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-signature",
                    "the Stripe-Signature timestamp is more than " + TOLERANCE_SECONDS + " s in the future");
        }
        com.stripe.model.Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret, TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-signature", "the Stripe-Signature does not match this body: " + e.getMessage());
        } catch (RuntimeException e) { // a signed body that is not a Stripe event
            return problem(HttpStatus.BAD_REQUEST, "malformed-request", "the body is not a Stripe event");
        }
        StripeEvents.Outcome outcome = events.handle(event.getId(), event.getType(), payload);
        return ResponseEntity.ok(Map.of("received", true, "outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Stripe's check only looks back; a timestamp ahead of our clock by more than the tolerance is refused too. */
    private boolean signedInTheFuture(String signature) {
        for (String part : signature.split(",")) {
            String item = part.trim();
            if (item.startsWith("t=")) {
                try {
                    return Long.parseLong(item.substring(2)) > clock.instant().getEpochSecond() + TOLERANCE_SECONDS;
                } catch (NumberFormatException e) {
                    return false; // Stripe's own check refuses it
                }
            }
        }
        return false;
    }

    private static ResponseEntity<?> problem(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.asMap(Problems.of(status, code, status == HttpStatus.BAD_REQUEST ? "Rejected webhook"
                        : "Webhooks unavailable", detail)));
    }
}
