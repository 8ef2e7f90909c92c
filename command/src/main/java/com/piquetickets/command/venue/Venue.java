package com.piquetickets.command.venue;

import static com.piquetickets.command.common.Inputs.MAX_NAME_LENGTH;
import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.command.common.RichText;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.venue.CreateVenueCommand;
import com.piquetickets.domain.venue.DeactivateVenueCommand;
import com.piquetickets.domain.venue.UpdateVenueCommand;
import com.piquetickets.domain.venue.VenueCreatedEvent;
import com.piquetickets.domain.venue.VenueDeactivatedEvent;
import com.piquetickets.domain.venue.VenueDetails;
import com.piquetickets.domain.venue.VenueId;
import com.piquetickets.domain.venue.VenueSlugChangedEvent;
import com.piquetickets.domain.venue.VenueUpdatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A place where shows take place. A deactivated venue takes no new shows but can still be corrected. */
@Aggregate
class Venue {

    @AggregateIdentifier
    private VenueId venueId;
    private Slug slug;
    private VenueDetails details;
    private boolean active;

    Venue() {
        // for Axon
    }

    @CommandHandler
    Venue(CreateVenueCommand command, CatalogueRegistry registry) {
        VenueDetails details = validated(command.details());
        Slug slug = registry.register(CatalogueKind.VENUE, command.venueId().value(), details.name(), command.requestedSlug());
        apply(new VenueCreatedEvent(command.venueId(), slug, details));
    }

    @CommandHandler
    void handle(UpdateVenueCommand command, CatalogueRegistry registry) {
        VenueDetails details = validated(command.details());
        Slug requested = command.requestedSlug();
        boolean slugChanges = requested != null && !requested.equals(slug);
        if (slugChanges) {
            registry.changeSlug(CatalogueKind.VENUE, venueId.value(), requested);
        }
        if (!details.equals(this.details)) {
            apply(new VenueUpdatedEvent(venueId, details));
        }
        if (slugChanges) {
            apply(new VenueSlugChangedEvent(venueId, slug, requested));
        }
    }

    @CommandHandler
    void handle(DeactivateVenueCommand command, CatalogueRegistry registry) {
        if (!active) {
            return;
        }
        registry.deactivate(CatalogueKind.VENUE, venueId.value());
        apply(new VenueDeactivatedEvent(venueId));
    }

    @EventSourcingHandler
    void on(VenueCreatedEvent event) {
        venueId = event.venueId();
        slug = event.slug();
        details = event.details();
        active = true;
    }

    @EventSourcingHandler
    void on(VenueUpdatedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(VenueSlugChangedEvent event) {
        slug = event.slug();
    }

    @EventSourcingHandler
    void on(VenueDeactivatedEvent event) {
        active = false;
    }

    private static VenueDetails validated(VenueDetails d) {
        if (d == null) {
            throw new InvalidInputException("details", "are required");
        }
        return new VenueDetails(
                Inputs.required("name", d.name(), MAX_NAME_LENGTH),
                RichText.sanitize(d.description()),
                Inputs.optional("address", d.address(), MAX_TEXT_LENGTH),
                Inputs.optional("city", d.city(), MAX_NAME_LENGTH),
                Inputs.optional("state", d.state(), MAX_NAME_LENGTH),
                Inputs.optional("zipCode", d.zipCode(), 20),
                Inputs.optional("phone", d.phone(), 40),
                Inputs.httpUrl("website", d.website()),
                Inputs.httpUrl("venueImage", d.venueImage()));
    }
}
