package com.piquetickets.saga.payment;

import com.piquetickets.domain.common.Money;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link StripeGateway} on stripe-java's {@link StripeClient}. The client's API base is whatever it was built with, so
 * tests point it at an in-process fake (see {@link #client(String, String)}).
 */
public class StripeCheckoutGateway implements StripeGateway {

    static final String ORDER_ID_METADATA = "orderId";

    private final StripeClient stripe;

    public StripeCheckoutGateway(StripeClient stripe) {
        this.stripe = Objects.requireNonNull(stripe, "stripe");
    }

    /**
     * A client for {@code secretKey} talking to {@code apiBase} (Stripe's own, {@code https://api.stripe.com}, in
     * production). Network failures are retried twice by the client; every POST carries an idempotency key, so a retry
     * never repeats an effect.
     */
    public static StripeClient client(String secretKey, String apiBase) {
        return StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(apiBase)
                .setMaxNetworkRetries(2)
                .build();
    }

    @Override
    public CheckoutSession createCheckoutSession(CheckoutRequest request, String idempotencyKey) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.orderId())
                .setCustomerEmail(request.customerEmail())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .setSuccessUrl(request.successUrl())
                .setCancelUrl(request.cancelUrl())
                .putMetadata(ORDER_ID_METADATA, request.orderId());
        String currency = request.currency().toLowerCase(Locale.ROOT);
        for (LineItem item : request.lineItems()) {
            params.addLineItem(SessionCreateParams.LineItem.builder()
                    .setQuantity((long) item.quantity())
                    .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(currency)
                            .setUnitAmount(item.unitAmountMinor())
                            .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(item.name())
                                    .build())
                            .build())
                    .build());
        }
        SessionCreateParams.PaymentIntentData.Builder paymentIntent = SessionCreateParams.PaymentIntentData.builder()
                .putMetadata(ORDER_ID_METADATA, request.orderId());
        if (request.connectedAccountId() != null) {
            paymentIntent.setTransferData(SessionCreateParams.PaymentIntentData.TransferData.builder()
                    .setDestination(request.connectedAccountId())
                    .build());
            if (request.applicationFeeMinor() != null) {
                paymentIntent.setApplicationFeeAmount(request.applicationFeeMinor());
            }
        }
        params.setPaymentIntentData(paymentIntent.build());

        Session session = call("create a Checkout Session for order " + request.orderId(),
                () -> stripe.v1().checkout().sessions().create(params.build(), idempotent(idempotencyKey)));
        return new CheckoutSession(session.getId(), session.getUrl(), Instant.ofEpochSecond(session.getExpiresAt()));
    }

    @Override
    public SessionState retrieveSession(String sessionId) {
        Session session = retrieve(sessionId);
        PaymentIntent paymentIntent = session.getPaymentIntentObject();
        String chargeId = paymentIntent == null ? null : paymentIntent.getLatestCharge();
        return new SessionState(
                session.getId(),
                session.getClientReferenceId(),
                session.getStatus(),
                session.getPaymentStatus(),
                session.getPaymentIntent(),
                chargeId,
                session.getAmountTotal() == null ? 0L : session.getAmountTotal(),
                session.getCurrency() == null ? null : session.getCurrency().toUpperCase(Locale.ROOT));
    }

    @Override
    public void expireSession(String sessionId) {
        try {
            stripe.v1().checkout().sessions().expire(sessionId);
        } catch (InvalidRequestException e) {
            // Stripe refuses to expire a session that is no longer open. Rather than read its error message, ask it
            // what the session is now: expired or complete is what the caller wanted to be true anyway.
            Session session = retrieve(sessionId);
            if ("open".equals(session.getStatus())) {
                throw translate("expire Checkout Session " + sessionId, e);
            }
        } catch (StripeException e) {
            throw translate("expire Checkout Session " + sessionId, e);
        }
    }

    @Override
    public String refund(String paymentIntentId, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setAmount(minorUnits(amount))
                .build();
        Refund refund = call("refund " + amount + " of " + paymentIntentId,
                () -> stripe.v1().refunds().create(params, idempotent(idempotencyKey)));
        return refund.getId();
    }

    /** {@code amount} in the smallest currency unit (Money always has two decimals). */
    static long minorUnits(Money amount) {
        return amount.amount().movePointRight(Money.SCALE).longValueExact();
    }

    private Session retrieve(String sessionId) {
        SessionRetrieveParams params = SessionRetrieveParams.builder().addExpand("payment_intent").build();
        return call("retrieve Checkout Session " + sessionId,
                () -> stripe.v1().checkout().sessions().retrieve(sessionId, params));
    }

    static RequestOptions idempotent(String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    static <T> T call(String what, StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw translate(what, e);
        }
    }

    static StripeGatewayException translate(String what, StripeException e) {
        boolean retryable = e instanceof ApiConnectionException
                || e instanceof RateLimitException
                || e instanceof ApiException
                || (e.getStatusCode() != null && e.getStatusCode() >= 500);
        return new StripeGatewayException("Stripe could not " + what + ": " + e.getMessage(), retryable, e);
    }

    @FunctionalInterface
    interface StripeCall<T> {
        T run() throws StripeException;
    }
}
