package com.piquetickets.saga.payment;

import static com.piquetickets.saga.payment.StripeCheckoutGateway.call;
import static com.piquetickets.saga.payment.StripeCheckoutGateway.idempotent;

import com.piquetickets.domain.producer.ProducerId;
import com.stripe.StripeClient;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** {@link StripeConnectGateway} on stripe-java's {@link StripeClient}, the same client checkout uses. */
public class StripeConnectAccounts implements StripeConnectGateway {

    private final StripeClient stripe;

    public StripeConnectAccounts(StripeClient stripe) {
        this.stripe = Objects.requireNonNull(stripe, "stripe");
    }

    @Override
    public String createExpressAccount(ProducerId producerId, String country, String email) {
        Objects.requireNonNull(producerId, "producerId");
        AccountCreateParams.Builder params = AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setCardPayments(AccountCreateParams.Capabilities.CardPayments.builder().setRequested(true).build())
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .putMetadata(PRODUCER_ID_METADATA, producerId.toString());
        if (country != null && country.trim().matches("[A-Za-z]{2}")) {
            params.setCountry(country.trim().toUpperCase(Locale.ROOT));
        }
        if (email != null && !email.isBlank()) {
            params.setEmail(email.trim());
        }
        Account account = call("create the connected account of producer " + producerId,
                () -> stripe.v1().accounts().create(params.build(), idempotent(StripeConnectGateway.accountIdempotencyKey(producerId))));
        return account.getId();
    }

    @Override
    public OnboardingLink createOnboardingLink(String accountId, String refreshUrl, String returnUrl) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl(refreshUrl)
                .setReturnUrl(returnUrl)
                .build();
        // Every call is meant to give a fresh link (a link is single-use), so no idempotency key: a retried request
        // at worst makes a second link, which costs nothing.
        AccountLink link = call("create an onboarding link for " + accountId, () -> stripe.v1().accountLinks().create(params));
        return new OnboardingLink(link.getUrl(), Instant.ofEpochSecond(link.getExpiresAt()));
    }

    @Override
    public ConnectedAccount retrieveAccount(String accountId) {
        Account account = call("retrieve connected account " + accountId, () -> stripe.v1().accounts().retrieve(accountId));
        String producerId = account.getMetadata() == null ? null : account.getMetadata().get(PRODUCER_ID_METADATA);
        return new ConnectedAccount(account.getId(), producerId, Boolean.TRUE.equals(account.getChargesEnabled()),
                Boolean.TRUE.equals(account.getPayoutsEnabled()), Boolean.TRUE.equals(account.getDetailsSubmitted()));
    }
}
