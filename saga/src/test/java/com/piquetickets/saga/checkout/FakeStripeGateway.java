package com.piquetickets.saga.checkout;

import com.piquetickets.domain.common.Money;
import com.piquetickets.saga.payment.StripeGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Records what the sagas ask of Stripe; answers like Stripe would, idempotency keys included, or fails on demand. */
class FakeStripeGateway implements StripeGateway {

    record SessionCall(CheckoutRequest request, String idempotencyKey) {
    }

    record RefundCall(String paymentIntentId, Money amount, String idempotencyKey) {
    }

    final List<SessionCall> sessionCalls = new ArrayList<>();
    final List<String> expiredSessions = new ArrayList<>();
    final List<RefundCall> refundCalls = new ArrayList<>();
    private final Map<String, CheckoutSession> sessionsByKey = new HashMap<>();
    private final Map<String, String> refundsByKey = new HashMap<>();
    private int sessionFailuresLeft;
    private int refundFailuresLeft;

    FakeStripeGateway failingSessions(int times) {
        sessionFailuresLeft = times;
        return this;
    }

    FakeStripeGateway failingRefunds(int times) {
        refundFailuresLeft = times;
        return this;
    }

    @Override
    public CheckoutSession createCheckoutSession(CheckoutRequest request, String idempotencyKey) {
        sessionCalls.add(new SessionCall(request, idempotencyKey));
        if (sessionFailuresLeft > 0) {
            sessionFailuresLeft--;
            throw new IllegalStateException("Stripe: 503 Service Unavailable");
        }
        return sessionsByKey.computeIfAbsent(idempotencyKey, key -> {
            String id = "cs_test_" + (sessionsByKey.size() + 1);
            return new CheckoutSession(id, "https://checkout.stripe.test/c/pay/" + id, request.expiresAt());
        });
    }

    @Override
    public SessionState retrieveSession(String sessionId) {
        throw new UnsupportedOperationException("the sagas trust the webhook's confirmation");
    }

    @Override
    public void expireSession(String sessionId) {
        expiredSessions.add(sessionId);
    }

    @Override
    public String refund(String paymentIntentId, Money amount, String idempotencyKey) {
        refundCalls.add(new RefundCall(paymentIntentId, amount, idempotencyKey));
        if (refundFailuresLeft > 0) {
            refundFailuresLeft--;
            throw new IllegalStateException("Stripe: connection reset");
        }
        return refundsByKey.computeIfAbsent(idempotencyKey, key -> "re_test_" + (refundsByKey.size() + 1));
    }
}
