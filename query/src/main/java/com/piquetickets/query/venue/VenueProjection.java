package com.piquetickets.query.venue;

import com.piquetickets.domain.venue.VenueCreatedEvent;
import com.piquetickets.domain.venue.VenueDeactivatedEvent;
import com.piquetickets.domain.venue.VenueSlugChangedEvent;
import com.piquetickets.domain.venue.VenueUpdatedEvent;
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

/** Builds {@code venue} from the venue events. Every handler can be applied again with the same result. */
@Component
@ProcessingGroup(ProcessingGroups.VENUE_CATALOGUE)
class VenueProjection {

    private static final Logger log = LoggerFactory.getLogger(VenueProjection.class);

    private final VenueRepository venues;

    VenueProjection(VenueRepository venues) {
        this.venues = venues;
    }

    @EventHandler
    void on(VenueCreatedEvent event, @Timestamp Instant at) {
        UUID id = event.venueId().value();
        VenueEntity venue = venues.findById(id).orElseGet(() -> new VenueEntity(id));
        venue.created(event.slug().value(), event.details(), at);
        venues.save(venue);
    }

    @EventHandler
    void on(VenueUpdatedEvent event, @Timestamp Instant at) {
        update(event.venueId().value(), venue -> venue.describe(event.details(), at));
    }

    @EventHandler
    void on(VenueSlugChangedEvent event, @Timestamp Instant at) {
        update(event.venueId().value(), venue -> venue.slug(event.slug().value(), at));
    }

    @EventHandler
    void on(VenueDeactivatedEvent event, @Timestamp Instant at) {
        update(event.venueId().value(), venue -> venue.deactivate(at));
    }

    @ResetHandler
    void reset() {
        venues.deleteAllInBatch();
    }

    private void update(UUID id, Consumer<VenueEntity> change) {
        venues.findById(id).ifPresentOrElse(venue -> {
            change.accept(venue);
            venues.save(venue);
        }, () -> log.warn("venue {} is not in the read model; event skipped", id));
    }
}
