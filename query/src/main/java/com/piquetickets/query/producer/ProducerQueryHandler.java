package com.piquetickets.query.producer;

import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.producer.FindProducerQuery;
import com.piquetickets.domain.producer.FindProducersQuery;
import com.piquetickets.domain.producer.ProducerView;
import com.piquetickets.query.Lookups;
import com.piquetickets.query.Pages;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Answers the producer queries from {@code producer}. */
@Component
class ProducerQueryHandler {

    private final ProducerRepository producers;

    ProducerQueryHandler(ProducerRepository producers) {
        this.producers = producers;
    }

    /**
     * Declared with the raw {@link PageResult} type on purpose: Axon 4 matches a handler's return type against
     * {@code ResponseTypes.instanceOf(PageResult.class)} only when it is a plain class, never a parameterized type
     * (AxonFramework#1537), so callers ask with {@code instanceOf(PageResult.class)}.
     */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindProducersQuery query) {
        Pageable pageable = Pages.pageable(query.page(), Pages.byName());
        var page = query.includeInactive() ? producers.findAll(pageable) : producers.findByActiveTrue(pageable);
        return Pages.result(page, ProducerEntity::toView);
    }

    @QueryHandler
    Optional<ProducerView> handle(FindProducerQuery query) {
        return Lookups.byIdOrSlug(query.idOrSlug(), producers::findById, producers::findBySlug)
                .map(ProducerEntity::toView);
    }
}
