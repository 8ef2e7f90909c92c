package com.piquetickets.saga.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How checkout reaches the outside world. Each property also binds from its environment variable by Spring Boot's
 * relaxed binding ({@code pique.stripe.secret-key} from {@code PIQUE_STRIPE_SECRET_KEY}, and so on).
 *
 * @param publicBaseUrl where the api is reachable from a buyer's mail client ({@code pique.public-base-url}); QR code
 *                      images in emails link there
 */
@ConfigurationProperties("pique")
public record GatewayProperties(
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Stripe stripe,
        @DefaultValue Ses ses,
        @DefaultValue Email email) {

    /**
     * {@code pique.stripe.*}. Without a secret key there is no Stripe gateway (free and offline orders still sell).
     *
     * @param secretKey     the API secret key ({@code PIQUE_STRIPE_SECRET_KEY})
     * @param apiBase       Stripe's API base; tests point it at a fake ({@code PIQUE_STRIPE_API_BASE})
     * @param webhookSecret the signing secret webhooks are verified with ({@code PIQUE_STRIPE_WEBHOOK_SECRET})
     * @param retry         how a refund that Stripe failed is tried again
     */
    public record Stripe(String secretKey, @DefaultValue("https://api.stripe.com") String apiBase,
                         String webhookSecret, @DefaultValue Retry retry) {

        public boolean configured() {
            return StringUtils.hasText(secretKey);
        }

        @Override
        public String toString() {
            return "Stripe[secretKey=" + (configured() ? "<set>" : "<unset>") + ", apiBase=" + apiBase
                    + ", webhookSecret=" + (StringUtils.hasText(webhookSecret) ? "<set>" : "<unset>") + ", retry=" + retry + "]";
        }
    }

    /**
     * {@code pique.stripe.retry.*}: the wait after the first failed Stripe call (it doubles per failed attempt), the
     * longest wait, and the attempts (the first included) before a refund is given up and left to a person.
     */
    public record Retry(@DefaultValue("10s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff,
                        @DefaultValue("5") int maxAttempts) {

        public Retry {
            if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0
                    || maxAttempts < 1) {
                throw new IllegalArgumentException("pique.stripe.retry: backoffs must be positive (max >= initial), "
                        + "attempts at least 1");
            }
        }

        public static Retry defaults() {
            return new Retry(Duration.ofSeconds(10), Duration.ofMinutes(5), 5);
        }
    }

    /**
     * {@code pique.ses.*}. Emails go through SES when an endpoint is given or {@code enabled} is true, and to the log
     * otherwise.
     *
     * @param endpoint    an endpoint override (a local fake or SES-compatible service; {@code PIQUE_SES_ENDPOINT})
     * @param enabled     use SES at its regular endpoint for {@code region}, credentials from the default chain
     * @param region      the AWS region
     * @param maxAttempts attempts per send, the SDK's own retries of throttling and 5xx answers included
     */
    public record Ses(String endpoint, boolean enabled, @DefaultValue("us-east-1") String region,
                      @DefaultValue("3") int maxAttempts) {

        public boolean configured() {
            return enabled || StringUtils.hasText(endpoint);
        }
    }

    /** {@code pique.email.*}: {@code from} is the sender of every email. */
    public record Email(@DefaultValue("tickets@piquetickets.local") String from) {
    }
}
