package com.piquetickets.saga.checkout;

import com.piquetickets.domain.producer.FindProducerFinancialQuery;
import com.piquetickets.domain.producer.ProducerFinancialView;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.FindShowProducerQuery;
import com.piquetickets.domain.show.ShowId;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * {@link PayoutAccounts} from the read model: the show's producer, then that producer's connected account. A paid show
 * is published only once its producer's charges are enabled (when Stripe is configured), and orders come after that,
 * so the read model has caught up with both long before a Checkout Session is opened.
 */
@Component
class QueryPayoutAccounts implements PayoutAccounts {

    private final QueryGateway queries;

    QueryPayoutAccounts(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public Optional<String> connectedAccountFor(ShowId showId) {
        return queries.query(new FindShowProducerQuery(showId), ResponseTypes.optionalInstanceOf(ProducerId.class)).join()
                .flatMap(producer -> queries.query(new FindProducerFinancialQuery(producer),
                        ResponseTypes.optionalInstanceOf(ProducerFinancialView.class)).join())
                .filter(ProducerFinancialView::chargesEnabled)
                .map(ProducerFinancialView::stripeAccountId);
    }
}
