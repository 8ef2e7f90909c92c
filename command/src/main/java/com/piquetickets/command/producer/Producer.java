package com.piquetickets.command.producer;

import static com.piquetickets.command.common.Inputs.MAX_NAME_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.command.common.RichText;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.producer.ConnectedAccountCreatedEvent;
import com.piquetickets.domain.producer.ConnectedAccountOnboardingLinkIssuedEvent;
import com.piquetickets.domain.producer.ConnectedAccountStatusUpdatedEvent;
import com.piquetickets.domain.producer.CreateProducerCommand;
import com.piquetickets.domain.producer.DeactivateProducerCommand;
import com.piquetickets.domain.producer.ProducerCreatedEvent;
import com.piquetickets.domain.producer.ProducerDeactivatedEvent;
import com.piquetickets.domain.producer.ProducerDetails;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerSlugChangedEvent;
import com.piquetickets.domain.producer.ProducerUpdatedEvent;
import com.piquetickets.domain.producer.RecordConnectedAccountCommand;
import com.piquetickets.domain.producer.RecordOnboardingLinkCommand;
import com.piquetickets.domain.producer.UpdateConnectedAccountStatusCommand;
import com.piquetickets.domain.producer.UpdateProducerCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * An organiser of shows. A deactivated producer can neither create nor publish shows, but can still be corrected.
 * Its money goes to one Stripe connected account; that account and whether it can take charges are also kept in the
 * {@link CatalogueRegistry}, where the shows' publish rule and their reservations read them.
 */
@Aggregate
class Producer {

    @AggregateIdentifier
    private ProducerId producerId;
    private Slug slug;
    private ProducerDetails details;
    private boolean active;
    private String stripeAccountId;
    private boolean chargesEnabled;

    Producer() {
        // for Axon
    }

    @CommandHandler
    Producer(CreateProducerCommand command, CatalogueRegistry registry) {
        ProducerDetails details = validated(command.details());
        Slug slug = registry.register(CatalogueKind.PRODUCER, command.producerId().value(), details.name(),
                command.requestedSlug());
        apply(new ProducerCreatedEvent(command.producerId(), slug, details));
    }

    @CommandHandler
    void handle(UpdateProducerCommand command, CatalogueRegistry registry) {
        ProducerDetails details = validated(command.details());
        Slug requested = command.requestedSlug();
        boolean slugChanges = requested != null && !requested.equals(slug);
        if (slugChanges) {
            registry.changeSlug(CatalogueKind.PRODUCER, producerId.value(), requested);
        }
        if (!details.equals(this.details)) {
            apply(new ProducerUpdatedEvent(producerId, details));
        }
        if (slugChanges) {
            apply(new ProducerSlugChangedEvent(producerId, slug, requested));
        }
    }

    @CommandHandler
    void handle(DeactivateProducerCommand command, CatalogueRegistry registry) {
        if (!active) {
            return;
        }
        registry.deactivate(CatalogueKind.PRODUCER, producerId.value());
        apply(new ProducerDeactivatedEvent(producerId));
    }

    // ---- Stripe Connect -------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(RecordConnectedAccountCommand command) {
        String accountId = Inputs.required("stripeAccountId", command.stripeAccountId(), MAX_NAME_LENGTH);
        if (accountId.equals(stripeAccountId)) {
            return;
        }
        if (stripeAccountId != null) {
            throw new RuleViolationException("connected-account-exists", "producer " + producerId
                    + " already has the Stripe connected account " + stripeAccountId + "; it keeps that one");
        }
        apply(new ConnectedAccountCreatedEvent(producerId, accountId));
    }

    @CommandHandler
    void handle(RecordOnboardingLinkCommand command) {
        String url = Inputs.httpUrl("url", command.url());
        if (url == null) {
            throw new InvalidInputException("url", "is required");
        }
        if (command.expiresAt() == null) {
            throw new InvalidInputException("expiresAt", "is required");
        }
        if (stripeAccountId == null) {
            throw new RuleViolationException("no-connected-account",
                    "producer " + producerId + " has no Stripe connected account to onboard");
        }
        apply(new ConnectedAccountOnboardingLinkIssuedEvent(producerId, url, command.expiresAt()));
    }

    @CommandHandler
    void handle(UpdateConnectedAccountStatusCommand command, CatalogueRegistry registry) {
        if (command.stripeAccountId() == null || !command.stripeAccountId().equals(stripeAccountId)) {
            throw new RuleViolationException("unknown-connected-account", "Stripe account " + command.stripeAccountId()
                    + " is not the connected account of producer " + producerId);
        }
        if (command.checkedAt() == null) {
            throw new InvalidInputException("checkedAt", "is required");
        }
        if (command.chargesEnabled() != chargesEnabled) {
            registry.recordChargesEnabled(producerId.value(), command.chargesEnabled());
        }
        // On every status update, not only on a change: a producer onboarded before the registry kept accounts gets it too.
        registry.recordPayoutAccount(producerId.value(), stripeAccountId);
        apply(new ConnectedAccountStatusUpdatedEvent(producerId, stripeAccountId, command.chargesEnabled(),
                command.payoutsEnabled(), command.onboardingCompleted(), command.checkedAt()));
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ProducerCreatedEvent event) {
        producerId = event.producerId();
        slug = event.slug();
        details = event.details();
        active = true;
    }

    @EventSourcingHandler
    void on(ProducerUpdatedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ProducerSlugChangedEvent event) {
        slug = event.slug();
    }

    @EventSourcingHandler
    void on(ProducerDeactivatedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(ConnectedAccountCreatedEvent event) {
        stripeAccountId = event.stripeAccountId();
    }

    @EventSourcingHandler
    void on(ConnectedAccountStatusUpdatedEvent event) {
        chargesEnabled = event.chargesEnabled();
    }

    private static ProducerDetails validated(ProducerDetails d) {
        if (d == null) {
            throw new InvalidInputException("details", "are required");
        }
        return new ProducerDetails(
                Inputs.required("name", d.name(), MAX_NAME_LENGTH),
                Inputs.optional("country", d.country(), MAX_NAME_LENGTH),
                Inputs.httpUrl("website", d.website()),
                RichText.sanitize(d.bio()),
                Inputs.httpUrl("image", d.image()),
                Inputs.httpUrl("instagram", d.instagram()),
                Inputs.httpUrl("facebook", d.facebook()),
                Inputs.httpUrl("twitter", d.twitter()),
                Inputs.httpUrl("youtube", d.youtube()),
                Inputs.httpUrl("ticktock", d.ticktock()));
    }
}
