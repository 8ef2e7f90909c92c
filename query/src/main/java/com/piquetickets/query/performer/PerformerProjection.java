package com.piquetickets.query.performer;

import com.piquetickets.domain.performer.PerformerCreatedEvent;
import com.piquetickets.domain.performer.PerformerSlugChangedEvent;
import com.piquetickets.domain.performer.PerformerUpdatedEvent;
import com.piquetickets.query.ProcessingGroups;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Builds {@code performer} from the performer events. Every handler can be applied again with the same result. */
@Component
@ProcessingGroup(ProcessingGroups.PERFORMER_CATALOGUE)
class PerformerProjection {

    private static final Logger log = LoggerFactory.getLogger(PerformerProjection.class);

    private final PerformerRepository performers;

    PerformerProjection(PerformerRepository performers) {
        this.performers = performers;
    }

    @EventHandler
    void on(PerformerCreatedEvent event, @Timestamp Instant at) {
        UUID id = event.performerId().value();
        PerformerEntity performer = performers.findById(id).orElseGet(() -> new PerformerEntity(id));
        performer.created(event.slug().value(), event.details(), at);
        performers.save(performer);
    }

    @EventHandler
    void on(PerformerUpdatedEvent event, @Timestamp Instant at) {
        update(event.performerId().value(), performer -> performer.describe(event.details(), at));
    }

    @EventHandler
    void on(PerformerSlugChangedEvent event, @Timestamp Instant at) {
        update(event.performerId().value(), performer -> performer.slug(event.slug().value(), at));
    }

    @ResetHandler
    void reset() {
        performers.deleteAllInBatch();
    }

    private void update(UUID id, Consumer<PerformerEntity> change) {
        performers.findById(id).ifPresentOrElse(performer -> {
            change.accept(performer);
            performers.save(performer);
        }, () -> log.warn("performer {} is not in the read model; event skipped", id));
    }
}
