package com.piquetickets.api.producer;

import com.piquetickets.api.security.AccessRule;
import com.piquetickets.api.security.Allow;
import com.piquetickets.api.messaging.Commands;
import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.producer.FindProducerFinancialQuery;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.ProducerFinancialView;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerView;
import com.piquetickets.domain.producer.RecordConnectedAccountCommand;
import com.piquetickets.domain.producer.RecordOnboardingLinkCommand;
import com.piquetickets.saga.config.GatewayProperties;
import com.piquetickets.saga.payment.StripeConnectGateway;
import com.piquetickets.saga.payment.StripeConnectGateway.OnboardingLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe Connect onboarding of a producer: an Express connected account (made once per producer) and links to Stripe's
 * hosted onboarding of it. Stripe reports the account's progress with {@code account.updated} on the Stripe webhook.
 */
@RestController
@RequestMapping("/api/producers/{id}/stripe")
@Tag(name = "Stripe Connect")
class StripeConnectController {


    private final Commands commands;
    private final Queries queries;
    private final ObjectProvider<StripeConnectGateway> connect;
    private final String publicBaseUrl;

    StripeConnectController(Commands commands, Queries queries, ObjectProvider<StripeConnectGateway> connect,
                            GatewayProperties gateways) {
        this.commands = commands;
        this.queries = queries;
        this.connect = connect;
        String base = gateways.publicBaseUrl();
        this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A state transition of sorts: makes the producer's connected account if it has none, then a fresh link. */
    @PostMapping("/account-link")
    @Operation(summary = "Creates the producer's Stripe Express account if needed and returns a Stripe onboarding link")
    @Allow(AccessRule.PRODUCER_MEMBER)
    OnboardingLinkResponse accountLink(@PathVariable UUID id) {
        StripeConnectGateway stripe = connect.getIfAvailable();
        if (stripe == null) {
            throw new RuleViolationException("stripe-not-configured",
                    "this service has no Stripe secret key (PIQUE_STRIPE_SECRET_KEY), so producers cannot connect a Stripe account");
        }
        ProducerView producer = queries.one(new FindProducerQuery(id.toString()), ProducerView.class, "producer", id);
        ProducerId producerId = new ProducerId(producer.id());
        String accountId = queries.optional(new FindProducerFinancialQuery(producerId), ProducerFinancialView.class)
                .map(ProducerFinancialView::stripeAccountId)
                .orElse(null);
        if (accountId == null) {
            // Two concurrent first requests get the same account: its idempotency key is derived from the producer.
            accountId = stripe.createExpressAccount(producerId, producer.country(), null);
            commands.send(new RecordConnectedAccountCommand(producerId, accountId));
        }
        String page = publicBaseUrl + "/producers/" + producerId + "/stripe?onboarding=";
        OnboardingLink link = stripe.createOnboardingLink(accountId, page + "refresh", page + "return");
        commands.send(new RecordOnboardingLinkCommand(producerId, link.url(), link.expiresAt()));
        return new OnboardingLinkResponse(link.url(), link.expiresAt(), accountId);
    }

    @GetMapping
    @Operation(summary = "The producer's Stripe connected account: onboarding, charges and payouts as Stripe last reported")
    @Allow(AccessRule.PRODUCER_MEMBER)
    ProducerFinancialView get(@PathVariable UUID id) {
        return queries.one(new FindProducerFinancialQuery(new ProducerId(id)), ProducerFinancialView.class,
                "producer-financial", id);
    }
}
