package com.piquetickets.saga.payment;

import com.piquetickets.domain.producer.ProducerId;
import java.time.Instant;

/**
 * What producer onboarding needs from Stripe Connect: an Express connected account per producer, links to Stripe's
 * hosted onboarding of it, and the account as Stripe has it now (webhooks are triggers, this is the truth).
 */
public interface StripeConnectGateway {

    /** The Stripe metadata key that names the producer of a connected account. */
    String PRODUCER_ID_METADATA = "producer_id";

    /**
     * Creates the Express account of a producer (card payments and transfers requested, {@value #PRODUCER_ID_METADATA}
     * in its metadata) and returns its id. The idempotency key is derived from the producer, so concurrent or repeated
     * calls within Stripe's idempotency window (24 hours) return the same account. {@code country} (ISO 3166-1 alpha-2)
     * and {@code email} are optional.
     */
    String createExpressAccount(ProducerId producerId, String country, String email);

    /** A single-use onboarding link for the account; Stripe sends the producer to {@code returnUrl} or {@code refreshUrl}. */
    OnboardingLink createOnboardingLink(String accountId, String refreshUrl, String returnUrl);

    /** The account as Stripe reports it now. */
    ConnectedAccount retrieveAccount(String accountId);

    /** The idempotency key of a producer's account creation. */
    static String accountIdempotencyKey(ProducerId producerId) {
        return "connect-account-" + producerId;
    }

    record OnboardingLink(String url, Instant expiresAt) {
    }

    /**
     * A connected account: {@code producerId} from its metadata (null when absent), {@code detailsSubmitted} true once
     * the producer finished onboarding.
     */
    record ConnectedAccount(String id, String producerId, boolean chargesEnabled, boolean payoutsEnabled,
                            boolean detailsSubmitted) {
    }
}
