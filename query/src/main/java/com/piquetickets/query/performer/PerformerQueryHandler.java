package com.piquetickets.query.performer;

import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.performer.FindPerformerQuery;
import com.piquetickets.domain.performer.FindPerformersQuery;
import com.piquetickets.domain.performer.PerformerView;
import com.piquetickets.query.Lookups;
import com.piquetickets.query.Pages;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the performer queries from {@code performer}. */
@Component
class PerformerQueryHandler {

    private final PerformerRepository performers;

    PerformerQueryHandler(PerformerRepository performers) {
        this.performers = performers;
    }

    /**
     * Declared with the raw {@link PageResult} type on purpose: Axon 4 matches a handler's return type against
     * {@code ResponseTypes.instanceOf(PageResult.class)} only when it is a plain class, never a parameterized type
     * (AxonFramework#1537), so callers ask with {@code instanceOf(PageResult.class)}.
     */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    PageResult handle(FindPerformersQuery query) {
        return Pages.result(performers.findAll(Pages.pageable(query.page(), Pages.byName())), PerformerEntity::toView);
    }

    @QueryHandler
    Optional<PerformerView> handle(FindPerformerQuery query) {
        return Lookups.byIdOrSlug(query.idOrSlug(), performers::findById, performers::findBySlug)
                .map(PerformerEntity::toView);
    }
}
