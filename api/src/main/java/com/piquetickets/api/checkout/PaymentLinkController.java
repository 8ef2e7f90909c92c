package com.piquetickets.api.checkout;

import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.order.CheckoutTerms;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PrepareCheckoutSessionCommand;
import com.piquetickets.domain.order.RecordCheckoutSessionCommand;
import com.piquetickets.saga.payment.StripeGateway;
import com.piquetickets.saga.payment.StripeGateway.CheckoutRequest;
import com.piquetickets.saga.payment.StripeGateway.CheckoutSession;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code paymentUrl} of a card order: opens the order's Stripe Checkout Session when the buyer goes to pay (or
 * reuses the one open) and redirects there. Nobody who never pays costs a Stripe call, and a burst of reservations is
 * not held back by Stripe's rate limits. Stripe is called with no transaction open; the session is recorded after.
 */
@RestController
@Tag(name = "Orders")
class PaymentLinkController {

    /** Stripe refuses a session that expires sooner than this after it is created. */
    static final Duration STRIPE_MINIMUM_SESSION_LIFETIME = Duration.ofMinutes(30);
    /** Slack on top of Stripe's minimum, for the time the request takes and clocks that differ. */
    static final Duration STRIPE_SESSION_SLACK = Duration.ofMinutes(1);
    /** A session that closes sooner than this is not handed out again: the buyer could not finish paying. */
    static final Duration REUSE_MARGIN = Duration.ofMinutes(2);

    private final Commands commands;
    private final ObjectProvider<StripeGateway> stripe;
    private final CheckoutSettings settings;
    private final Clock clock;

    PaymentLinkController(Commands commands, ObjectProvider<StripeGateway> stripe, CheckoutSettings settings, Clock clock) {
        this.commands = commands;
        this.stripe = stripe;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/api/orders/{id}/payment")
    @Operation(summary = "Pay a card order: opens (or reuses) its Stripe Checkout Session and redirects to it (303); "
            + "with Accept: application/json answers {checkoutUrl, sessionId, expiresAt} instead")
    @Allow(AccessRule.PUBLIC)
    ResponseEntity<?> pay(@PathVariable UUID id, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        StripeGateway gateway = stripe.getIfAvailable();
        if (gateway == null) {
            throw new RuleViolationException("payment-method-unavailable", "card payments are not configured here");
        }
        OrderId orderId = new OrderId(id);
        CheckoutTerms terms = commands.send(new PrepareCheckoutSessionCommand(orderId));
        Instant now = clock.instant();
        if (!terms.holdExpiresAt().isAfter(now)) {
            throw new RuleViolationException("order-expired", "the seats of order " + id + " were held until "
                    + terms.holdExpiresAt() + "; place the order again");
        }
        CheckoutTerms.OpenSession session = reusable(terms, now);
        if (session == null) {
            session = open(gateway, terms, now);
        }
        return answer(session, accept);
    }

    private static CheckoutTerms.OpenSession reusable(CheckoutTerms terms, Instant now) {
        CheckoutTerms.OpenSession open = terms.open();
        return open != null && open.expiresAt() != null && open.expiresAt().isAfter(now.plus(REUSE_MARGIN)) ? open : null;
    }

    /**
     * A new session. Its idempotency key names the attempt and the expiry it asks for, so a retry after a crash sends
     * the same parameters under the same key (Stripe answers with the session it made) and never other parameters
     * under a used key (which Stripe refuses).
     */
    private CheckoutTerms.OpenSession open(StripeGateway gateway, CheckoutTerms terms, Instant now) {
        Instant expiresAt = sessionExpiry(terms.holdExpiresAt(), now);
        String orderId = terms.orderId().toString();
        String key = "checkout-" + orderId + "-" + (terms.sessionsOpened() + 1) + "-" + expiresAt.getEpochSecond();
        CheckoutSession created = gateway.createCheckoutSession(CheckoutRequest.forOrder(orderId, terms.pricing(),
                terms.buyerEmail(), expiresAt, settings.successUrlFor(orderId), settings.cancelUrlFor(orderId),
                terms.payoutAccountId()), key);
        commands.send(new RecordCheckoutSessionCommand(terms.orderId(), created.id(), created.url(), created.expiresAt()));
        return new CheckoutTerms.OpenSession(created.id(), created.url(), created.expiresAt());
    }

    /**
     * The session closes with the hold, but Stripe wants at least 30 minutes from its creation: with a hold that short
     * the session outlives it, and the hold sweeper expires it when the hold runs out. Rounded up to the minute, so
     * that retries within a minute ask for the same expiry.
     */
    static Instant sessionExpiry(Instant holdExpiresAt, Instant now) {
        Instant earliest = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1))
                .plus(STRIPE_MINIMUM_SESSION_LIFETIME).plus(STRIPE_SESSION_SLACK);
        return holdExpiresAt.isBefore(earliest) ? earliest : holdExpiresAt;
    }

    private static ResponseEntity<?> answer(CheckoutTerms.OpenSession session, String accept) {
        if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
            return ResponseEntity.ok(Map.of("checkoutUrl", session.checkoutUrl(), "sessionId", session.sessionId(),
                    "expiresAt", session.expiresAt() == null ? "" : session.expiresAt().toString()));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(session.checkoutUrl())).build();
    }
}
