package com.piquetickets.query.producer;

import com.piquetickets.domain.producer.ProducerFinancialView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code producer_financial}: a producer's Stripe connected account as last reported. */
@Entity
@Table(name = "producer_financial")
class ProducerFinancialEntity {

    @Id
    @Column(name = "producer_id")
    private UUID producerId;
    @Column(name = "stripe_account_id")
    private String stripeAccountId;
    @Column(name = "stripe_account_link")
    private String stripeAccountLink;
    @Column(name = "onboarding_completed")
    private boolean onboardingCompleted;
    @Column(name = "charges_enabled")
    private boolean chargesEnabled;
    @Column(name = "payouts_enabled")
    private boolean payoutsEnabled;
    @Column(name = "last_status_check")
    private Instant lastStatusCheck;

    protected ProducerFinancialEntity() {
        // for JPA
    }

    ProducerFinancialEntity(UUID producerId, String stripeAccountId) {
        this.producerId = producerId;
        this.stripeAccountId = stripeAccountId;
    }

    void link(String url) {
        this.stripeAccountLink = url;
    }

    void status(boolean chargesEnabled, boolean payoutsEnabled, boolean onboardingCompleted, Instant checkedAt) {
        this.chargesEnabled = chargesEnabled;
        this.payoutsEnabled = payoutsEnabled;
        this.onboardingCompleted = onboardingCompleted;
        this.lastStatusCheck = checkedAt;
    }

    ProducerFinancialView toView() {
        return new ProducerFinancialView(producerId, stripeAccountId, stripeAccountLink, onboardingCompleted,
                chargesEnabled, payoutsEnabled, lastStatusCheck);
    }
}
