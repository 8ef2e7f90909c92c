package com.piquetickets.query.producer;

import com.piquetickets.domain.producer.ConnectedAccountCreatedEvent;
import com.piquetickets.domain.producer.ConnectedAccountOnboardingLinkIssuedEvent;
import com.piquetickets.domain.producer.ConnectedAccountStatusUpdatedEvent;
import com.piquetickets.query.ProcessingGroups;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code producer_financial} from the Stripe Connect events of producers. Every handler sets values from its
 * event only (no counters, no clocks), so applying an event again leaves the same row.
 */
@Component
@ProcessingGroup(ProcessingGroups.PRODUCER_FINANCIAL)
class ProducerFinancialProjection {

    private static final Logger log = LoggerFactory.getLogger(ProducerFinancialProjection.class);

    private final ProducerFinancialRepository financials;

    ProducerFinancialProjection(ProducerFinancialRepository financials) {
        this.financials = financials;
    }

    @EventHandler
    void on(ConnectedAccountCreatedEvent event) {
        UUID id = event.producerId().value();
        if (financials.existsById(id)) {
            return; // redelivered: the producer's account never changes once recorded
        }
        financials.save(new ProducerFinancialEntity(id, event.stripeAccountId()));
    }

    @EventHandler
    void on(ConnectedAccountOnboardingLinkIssuedEvent event) {
        update(event.producerId().value(), financial -> financial.link(event.url()));
    }

    @EventHandler
    void on(ConnectedAccountStatusUpdatedEvent event) {
        update(event.producerId().value(), financial -> financial.status(event.chargesEnabled(), event.payoutsEnabled(),
                event.onboardingCompleted(), event.checkedAt()));
    }

    @ResetHandler
    void reset() {
        financials.deleteAllInBatch();
    }

    private void update(UUID id, Consumer<ProducerFinancialEntity> change) {
        financials.findById(id).ifPresentOrElse(financial -> {
            change.accept(financial);
            financials.save(financial);
        }, () -> log.warn("producer {} has no connected account in the read model; event skipped", id));
    }
}
