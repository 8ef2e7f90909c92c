package com.piquetickets.query.producer;

import com.piquetickets.domain.producer.FindProducerByConnectedAccountQuery;
import com.piquetickets.domain.producer.FindProducerFinancialQuery;
import com.piquetickets.domain.producer.ProducerFinancialView;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the Stripe Connect queries from {@code producer_financial}. */
@Component
class ProducerFinancialQueryHandler {

    private final ProducerFinancialRepository financials;

    ProducerFinancialQueryHandler(ProducerFinancialRepository financials) {
        this.financials = financials;
    }

    @QueryHandler
    Optional<ProducerFinancialView> handle(FindProducerFinancialQuery query) {
        if (query.producerId() == null) {
            return Optional.empty();
        }
        return financials.findById(query.producerId().value()).map(ProducerFinancialEntity::toView);
    }

    @QueryHandler
    Optional<ProducerFinancialView> handle(FindProducerByConnectedAccountQuery query) {
        if (query.stripeAccountId() == null || query.stripeAccountId().isBlank()) {
            return Optional.empty();
        }
        return financials.findFirstByStripeAccountId(query.stripeAccountId()).map(ProducerFinancialEntity::toView);
    }
}
