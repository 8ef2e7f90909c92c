package com.piquetickets.command.performer;

import static com.piquetickets.command.common.Inputs.MAX_NAME_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.command.common.RichText;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.performer.CreatePerformerCommand;
import com.piquetickets.domain.performer.PerformerCreatedEvent;
import com.piquetickets.domain.performer.PerformerDetails;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.performer.PerformerSlugChangedEvent;
import com.piquetickets.domain.performer.PerformerUpdatedEvent;
import com.piquetickets.domain.performer.UpdatePerformerCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** An artist who can be on the line-up of shows. */
@Aggregate
class Performer {

    @AggregateIdentifier
    private PerformerId performerId;
    private Slug slug;
    private PerformerDetails details;

    Performer() {
        // for Axon
    }

    @CommandHandler
    Performer(CreatePerformerCommand command, CatalogueRegistry registry) {
        PerformerDetails details = validated(command.details());
        Slug slug = registry.register(CatalogueKind.PERFORMER, command.performerId().value(), details.name(),
                command.requestedSlug());
        apply(new PerformerCreatedEvent(command.performerId(), slug, details));
    }

    @CommandHandler
    void handle(UpdatePerformerCommand command, CatalogueRegistry registry) {
        PerformerDetails details = validated(command.details());
        Slug requested = command.requestedSlug();
        boolean slugChanges = requested != null && !requested.equals(slug);
        if (slugChanges) {
            registry.changeSlug(CatalogueKind.PERFORMER, performerId.value(), requested);
        }
        if (!details.equals(this.details)) {
            apply(new PerformerUpdatedEvent(performerId, details));
        }
        if (slugChanges) {
            apply(new PerformerSlugChangedEvent(performerId, slug, requested));
        }
    }

    @EventSourcingHandler
    void on(PerformerCreatedEvent event) {
        performerId = event.performerId();
        slug = event.slug();
        details = event.details();
    }

    @EventSourcingHandler
    void on(PerformerUpdatedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(PerformerSlugChangedEvent event) {
        slug = event.slug();
    }

    private static PerformerDetails validated(PerformerDetails d) {
        if (d == null) {
            throw new InvalidInputException("details", "are required");
        }
        return new PerformerDetails(
                Inputs.required("name", d.name(), MAX_NAME_LENGTH),
                RichText.sanitize(d.bio()),
                Inputs.httpUrl("image", d.image()),
                Inputs.optional("city", d.city(), MAX_NAME_LENGTH),
                Inputs.httpUrl("website", d.website()),
                Inputs.httpUrl("facebook", d.facebook()),
                Inputs.httpUrl("twitter", d.twitter()),
                Inputs.httpUrl("instagram", d.instagram()),
                Inputs.httpUrl("youtube", d.youtube()),
                Inputs.httpUrl("tiktok", d.tiktok()));
    }
}
