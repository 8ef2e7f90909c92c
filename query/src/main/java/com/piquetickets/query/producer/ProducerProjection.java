package com.piquetickets.query.producer;

import com.piquetickets.domain.producer.ProducerCreatedEvent;
import com.piquetickets.domain.producer.ProducerDeactivatedEvent;
import com.piquetickets.domain.producer.ProducerSlugChangedEvent;
import com.piquetickets.domain.producer.ProducerUpdatedEvent;
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

/** Builds {@code producer} from the producer events. Every handler can be applied again with the same result. */
@Component
@ProcessingGroup(ProcessingGroups.PRODUCER_CATALOGUE)
class ProducerProjection {

    private static final Logger log = LoggerFactory.getLogger(ProducerProjection.class);

    private final ProducerRepository producers;

    ProducerProjection(ProducerRepository producers) {
        this.producers = producers;
    }

    @EventHandler
    void on(ProducerCreatedEvent event, @Timestamp Instant at) {
        UUID id = event.producerId().value();
        ProducerEntity producer = producers.findById(id).orElseGet(() -> new ProducerEntity(id));
        producer.created(event.slug().value(), event.details(), at);
        producers.save(producer);
    }

    @EventHandler
    void on(ProducerUpdatedEvent event, @Timestamp Instant at) {
        update(event.producerId().value(), producer -> producer.describe(event.details(), at));
    }

    @EventHandler
    void on(ProducerSlugChangedEvent event, @Timestamp Instant at) {
        update(event.producerId().value(), producer -> producer.slug(event.slug().value(), at));
    }

    @EventHandler
    void on(ProducerDeactivatedEvent event, @Timestamp Instant at) {
        update(event.producerId().value(), producer -> producer.deactivate(at));
    }

    @ResetHandler
    void reset() {
        producers.deleteAllInBatch();
    }

    private void update(UUID id, Consumer<ProducerEntity> change) {
        producers.findById(id).ifPresentOrElse(producer -> {
            change.accept(producer);
            producers.save(producer);
        }, () -> log.warn("producer {} is not in the read model; event skipped", id));
    }
}
