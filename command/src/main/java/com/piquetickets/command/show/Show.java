package com.piquetickets.command.show;

import static com.piquetickets.command.common.Inputs.MAX_NAME_LENGTH;
import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.command.common.RichText;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.AddPromoCodeCommand;
import com.piquetickets.domain.show.AddTicketTypeCommand;
import com.piquetickets.domain.show.CancelShowCommand;
import com.piquetickets.domain.show.ChangeTicketTypeCommand;
import com.piquetickets.domain.show.CreateShowCommand;
import com.piquetickets.domain.show.DeleteShowCommand;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeRemovedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.PublishShowCommand;
import com.piquetickets.domain.show.RemovePromoCodeCommand;
import com.piquetickets.domain.show.RemoveTicketTypeCommand;
import com.piquetickets.domain.show.SetShowPerformersCommand;
import com.piquetickets.domain.show.SetTicketPageDesignCommand;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.ShowDeletedEvent;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowDetailsUpdatedEvent;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowPerformersSetEvent;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.ShowSlugChangedEvent;
import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.ShowUnpublishedEvent;
import com.piquetickets.domain.show.TicketPageDesign;
import com.piquetickets.domain.show.TicketPageDesignSetEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeRemovedEvent;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.UnpublishShowCommand;
import com.piquetickets.domain.show.UpdateShowDetailsCommand;
import com.piquetickets.domain.venue.VenueId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A show of a producer, with its ticket types, promo codes, line-up and ticket page. It is the one place that decides
 * what a show offers and whether it is on sale. CANCELLED and DELETED are final.
 */
@Aggregate
class Show {

    static final int MAX_TICKET_QUANTITY = 1_000_000;
    static final int MAX_LONG_TEXT_LENGTH = 5_000;
    private static final Pattern PROMO_CODE = Pattern.compile("[A-Za-z0-9_-]{3,32}");
    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    @AggregateIdentifier
    private ShowId showId;
    private ProducerId producerId;
    private Slug slug;
    private ShowDetails details;
    private String currency;
    private ShowStatus status;
    private Map<UUID, TicketTypeState> ticketTypes = new LinkedHashMap<>();
    /** By lower-case code; the spec keeps the spelling it was added with. */
    private Map<String, PromoCodeSpec> promoCodes = new LinkedHashMap<>();
    private List<PerformerId> performerIds = new ArrayList<>();
    private TicketPageDesign pageDesign;

    Show() {
        // for Axon
    }

    // ---- the show itself ------------------------------------------------------------------------------------------

    @CommandHandler
    Show(CreateShowCommand command, CatalogueRegistry registry) {
        ShowDetails details = validated(command.details());
        String currency = Money.requireIsoCurrency(command.currency());
        if (command.producerId() == null) {
            throw new InvalidInputException("producerId", "is required");
        }
        if (!registry.isActive(CatalogueKind.PRODUCER, command.producerId().value())) {
            throw new NotFoundException("producer", command.producerId(), "producerId");
        }
        requireActiveVenue(details.venueId(), registry);
        Slug slug = registry.register(CatalogueKind.SHOW, command.showId().value(), details.title(), command.requestedSlug());
        apply(new ShowDraftCreatedEvent(command.showId(), command.producerId(), slug, details, currency));
    }

    @CommandHandler
    void handle(UpdateShowDetailsCommand command, CatalogueRegistry registry) {
        requireChangeable();
        ShowDetails details = validated(command.details());
        if (details.venueId() != null && !details.venueId().equals(this.details.venueId())) {
            requireActiveVenue(details.venueId(), registry);
        }
        if (status == ShowStatus.PUBLISHED) {
            List<String> gaps = new ArrayList<>();
            if (details.venueId() == null) {
                gaps.add("a venue");
            }
            if (details.startTime() == null) {
                gaps.add("a start time");
            }
            if (details.endTime() == null) {
                gaps.add("an end time");
            }
            if (!gaps.isEmpty()) {
                throw new RuleViolationException("show-not-publishable",
                        "a published show must keep " + String.join(", ", gaps) + "; unpublish it first to remove them");
            }
        }
        Slug requested = command.requestedSlug();
        boolean slugChanges = requested != null && !requested.equals(slug);
        if (slugChanges) {
            registry.changeSlug(CatalogueKind.SHOW, showId.value(), requested);
        }
        if (!details.equals(this.details)) {
            apply(new ShowDetailsUpdatedEvent(showId, details));
        }
        if (slugChanges) {
            apply(new ShowSlugChangedEvent(showId, slug, requested));
        }
    }

    @CommandHandler
    void handle(PublishShowCommand command, CatalogueRegistry registry, Clock clock) {
        requireNotDeleted();
        requireNotCancelled();
        if (status == ShowStatus.PUBLISHED) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (ticketTypes.isEmpty()) {
            missing.add("add at least one ticket type");
        }
        if (details.venueId() == null) {
            missing.add("set a venue");
        } else if (!registry.isActive(CatalogueKind.VENUE, details.venueId().value())) {
            missing.add("choose an active venue (venue " + details.venueId() + " is deactivated)");
        }
        if (details.startTime() == null) {
            missing.add("set a start time");
        } else if (!details.startTime().isAfter(clock.instant())) {
            missing.add("move the start time into the future");
        }
        if (details.endTime() == null) {
            missing.add("set an end time");
        }
        if (!registry.isActive(CatalogueKind.PRODUCER, producerId.value())) {
            missing.add("the producer " + producerId + " is deactivated and cannot publish shows");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("show-not-publishable",
                    "the show cannot be published yet: " + String.join("; ", missing));
        }
        apply(new ShowPublishedEvent(showId));
    }

    @CommandHandler
    void handle(UnpublishShowCommand command) {
        requireNotDeleted();
        requireNotCancelled();
        if (status != ShowStatus.PUBLISHED) {
            throw new RuleViolationException("show-not-published", "the show is not published, so it cannot be unpublished");
        }
        apply(new ShowUnpublishedEvent(showId));
    }

    @CommandHandler
    void handle(CancelShowCommand command) {
        String reason = Inputs.required("reason", command.reason(), MAX_LONG_TEXT_LENGTH);
        requireNotDeleted();
        if (status == ShowStatus.CANCELLED) {
            return;
        }
        apply(new ShowCancelledEvent(showId, reason));
    }

    @CommandHandler
    void handle(DeleteShowCommand command, CatalogueRegistry registry) {
        if (status == ShowStatus.DELETED) {
            return;
        }
        requireNoSales(ticketTypes.values());
        registry.deactivate(CatalogueKind.SHOW, showId.value());
        apply(new ShowDeletedEvent(showId));
    }

    // ---- ticket types ---------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddTicketTypeCommand command) {
        requireChangeable();
        if (command.ticketTypeId() == null) {
            throw new InvalidInputException("ticketTypeId", "is required");
        }
        if (ticketTypes.containsKey(command.ticketTypeId().value())) {
            throw new RuleViolationException("ticket-type-exists",
                    "the show already has a ticket type with id " + command.ticketTypeId() + "; change it instead");
        }
        TicketTypeSpec spec = validated(command.spec());
        requireUniqueTicketName(spec.name(), null);
        apply(new TicketTypeAddedEvent(showId, command.ticketTypeId(), spec));
    }

    @CommandHandler
    void handle(ChangeTicketTypeCommand command) {
        requireChangeable();
        TicketTypeState current = ticketType(command.ticketTypeId());
        TicketTypeSpec spec = validated(command.spec());
        requireUniqueTicketName(spec.name(), command.ticketTypeId());
        current.requireQuantityCoversCommitted(spec.quantity());
        if (!spec.equals(current.spec())) {
            apply(new TicketTypeChangedEvent(showId, command.ticketTypeId(), spec));
        }
    }

    @CommandHandler
    void handle(RemoveTicketTypeCommand command) {
        requireChangeable();
        TicketTypeState current = ticketType(command.ticketTypeId());
        current.requireNothingCommitted();
        if (status == ShowStatus.PUBLISHED && ticketTypes.size() == 1) {
            throw new RuleViolationException("show-needs-ticket-type",
                    "a published show must keep at least one ticket type; add another first or unpublish the show");
        }
        apply(new TicketTypeRemovedEvent(showId, command.ticketTypeId()));
    }

    // ---- promo codes ----------------------------------------------------------------------------------------------

    @CommandHandler
    void handle(AddPromoCodeCommand command) {
        requireChangeable();
        PromoCodeSpec spec = validated(command.spec());
        if (promoCodes.containsKey(key(spec.code()))) {
            throw new RuleViolationException("promo-code-taken",
                    "the show already has promo code '" + promoCodes.get(key(spec.code())).code()
                            + "' (codes ignore case); choose another code or remove the old one");
        }
        apply(new PromoCodeAddedEvent(showId, spec));
    }

    @CommandHandler
    void handle(RemovePromoCodeCommand command) {
        requireChangeable();
        if (command.code() == null || command.code().isBlank()) {
            throw new InvalidInputException("code", "is required");
        }
        PromoCodeSpec existing = promoCodes.get(key(command.code().trim()));
        if (existing == null) {
            throw new NotFoundException("promo-code", command.code().trim());
        }
        apply(new PromoCodeRemovedEvent(showId, existing.code()));
    }

    // ---- line-up and page -----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(SetShowPerformersCommand command, CatalogueRegistry registry) {
        requireChangeable();
        Set<PerformerId> seen = new HashSet<>();
        for (PerformerId performerId : command.performerIds()) {
            if (!seen.add(performerId)) {
                throw new InvalidInputException("performerIds", "lists performer " + performerId + " more than once");
            }
            if (!registry.exists(CatalogueKind.PERFORMER, performerId.value())) {
                throw new NotFoundException("performer", performerId, "performerIds");
            }
        }
        if (!command.performerIds().equals(performerIds)) {
            apply(new ShowPerformersSetEvent(showId, command.performerIds()));
        }
    }

    @CommandHandler
    void handle(SetTicketPageDesignCommand command) {
        requireChangeable();
        TicketPageDesign design = validated(command.design());
        if (!design.equals(pageDesign)) {
            apply(new TicketPageDesignSetEvent(showId, design));
        }
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(ShowDraftCreatedEvent event) {
        showId = event.showId();
        producerId = event.producerId();
        slug = event.slug();
        details = event.details();
        currency = event.currency();
        status = ShowStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ShowDetailsUpdatedEvent event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ShowSlugChangedEvent event) {
        slug = event.slug();
    }

    @EventSourcingHandler
    void on(ShowPublishedEvent event) {
        status = ShowStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ShowUnpublishedEvent event) {
        status = ShowStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(ShowCancelledEvent event) {
        status = ShowStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ShowDeletedEvent event) {
        status = ShowStatus.DELETED;
    }

    @EventSourcingHandler
    void on(TicketTypeAddedEvent event) {
        ticketTypes.put(event.ticketTypeId().value(), TicketTypeState.offered(event.spec()));
    }

    @EventSourcingHandler
    void on(TicketTypeChangedEvent event) {
        ticketTypes.computeIfPresent(event.ticketTypeId().value(), (id, state) -> state.withSpec(event.spec()));
    }

    @EventSourcingHandler
    void on(TicketTypeRemovedEvent event) {
        ticketTypes.remove(event.ticketTypeId().value());
    }

    @EventSourcingHandler
    void on(PromoCodeAddedEvent event) {
        promoCodes.put(key(event.spec().code()), event.spec());
    }

    @EventSourcingHandler
    void on(PromoCodeRemovedEvent event) {
        promoCodes.remove(key(event.code()));
    }

    @EventSourcingHandler
    void on(ShowPerformersSetEvent event) {
        performerIds = new ArrayList<>(event.performerIds());
    }

    @EventSourcingHandler
    void on(TicketPageDesignSetEvent event) {
        pageDesign = event.design();
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    /** A show with seats sold or held can only be cancelled, never deleted. */
    static void requireNoSales(Iterable<TicketTypeState> ticketTypes) {
        int committed = 0;
        for (TicketTypeState ticketType : ticketTypes) {
            committed += ticketType.committed();
        }
        if (committed > 0) {
            throw new RuleViolationException("show-has-sales",
                    "the show has " + committed + " tickets sold or held and cannot be deleted; cancel it instead");
        }
    }

    private void requireChangeable() {
        requireNotDeleted();
        requireNotCancelled();
    }

    private void requireNotDeleted() {
        if (status == ShowStatus.DELETED) {
            throw new RuleViolationException("show-deleted", "show " + showId + " is deleted; nothing can change on it");
        }
    }

    private void requireNotCancelled() {
        if (status == ShowStatus.CANCELLED) {
            throw new RuleViolationException("show-cancelled",
                    "show " + showId + " is cancelled, which is final; create a new show instead");
        }
    }

    private static void requireActiveVenue(VenueId venueId, CatalogueRegistry registry) {
        if (venueId != null && !registry.isActive(CatalogueKind.VENUE, venueId.value())) {
            throw new NotFoundException("venue", venueId, "venueId");
        }
    }

    private TicketTypeState ticketType(TicketTypeId ticketTypeId) {
        TicketTypeState state = ticketTypeId == null ? null : ticketTypes.get(ticketTypeId.value());
        if (state == null) {
            throw new NotFoundException("ticket-type", ticketTypeId);
        }
        return state;
    }

    private void requireUniqueTicketName(String name, TicketTypeId except) {
        ticketTypes.forEach((id, state) -> {
            if ((except == null || !except.value().equals(id)) && state.spec().name().equalsIgnoreCase(name)) {
                throw new RuleViolationException("ticket-type-name-taken",
                        "the show already has a ticket type named '" + state.spec().name() + "'; choose another name");
            }
        });
    }

    private static ShowDetails validated(ShowDetails d) {
        if (d == null) {
            throw new InvalidInputException("details", "are required");
        }
        String title = Inputs.required("title", d.title(), MAX_NAME_LENGTH);
        String timeZone = Inputs.required("timeZone", d.timeZone(), 64);
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new InvalidInputException("timeZone", "not an IANA time zone: " + timeZone);
        }
        Instant door = d.doorTime();
        Instant start = d.startTime();
        Instant end = d.endTime();
        if (door != null && start != null && door.isAfter(start)) {
            throw new InvalidInputException("doorTime", "doors must open at or before the start time");
        }
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidInputException("endTime", "must be after the start time");
        }
        if (door != null && start == null && end != null && !door.isBefore(end)) {
            throw new InvalidInputException("endTime", "must be after the door time");
        }
        return new ShowDetails(
                title,
                RichText.sanitize(d.description()),
                door,
                start,
                end,
                timeZone,
                Inputs.optional("ageRestriction", d.ageRestriction(), MAX_NAME_LENGTH),
                Inputs.optional("refundPolicy", d.refundPolicy(), MAX_LONG_TEXT_LENGTH),
                d.venueId(),
                Inputs.httpUrl("image", d.image()),
                Inputs.httpUrl("bannerImage", d.bannerImage()),
                Inputs.httpUrl("squareImage", d.squareImage()),
                Inputs.httpUrl("featuredVideo", d.featuredVideo()),
                Inputs.optional("facebookCampaignId", d.facebookCampaignId(), MAX_NAME_LENGTH));
    }

    private TicketTypeSpec validated(TicketTypeSpec s) {
        if (s == null) {
            throw new InvalidInputException("spec", "is required");
        }
        String name = Inputs.required("name", s.name(), MAX_NAME_LENGTH);
        String description = Inputs.optional("description", s.description(), MAX_LONG_TEXT_LENGTH);
        if (s.quantity() < 1 || s.quantity() > MAX_TICKET_QUANTITY) {
            throw new InvalidInputException("quantity", "must be between 1 and " + MAX_TICKET_QUANTITY);
        }
        Money price = inShowCurrency("price", s.price());
        if (price == null) {
            throw new InvalidInputException("price", "is required");
        }
        if (price.signum() < 0) {
            throw new InvalidInputException("price", "must not be negative");
        }
        Money minimumDonation = inShowCurrency("minimumDonation", s.minimumDonation());
        if (s.donationBased()) {
            if (minimumDonation == null) {
                minimumDonation = Money.zero(currency);
            } else if (minimumDonation.signum() < 0) {
                throw new InvalidInputException("minimumDonation", "must not be negative");
            }
        } else if (minimumDonation != null) {
            throw new InvalidInputException("minimumDonation", "only a donation-based ticket type takes a minimum donation");
        }
        return new TicketTypeSpec(name, description, s.quantity(), price, s.donationBased(), minimumDonation, s.vipAllowed());
    }

    private Money inShowCurrency(String field, Money money) {
        if (money != null && !money.currency().equals(currency)) {
            throw new InvalidInputException(field, "must be in the currency of the show, " + currency);
        }
        return money;
    }

    private PromoCodeSpec validated(PromoCodeSpec s) {
        if (s == null) {
            throw new InvalidInputException("spec", "is required");
        }
        String code = s.code() == null ? "" : s.code().trim();
        if (!PROMO_CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be 3 to 32 letters, digits, '_' or '-'");
        }
        if (s.kind() == null) {
            throw new InvalidInputException("kind", "is required (PERCENTAGE or FIXED_AMOUNT)");
        }
        BigDecimal value = s.value();
        if (value == null) {
            throw new InvalidInputException("value", "is required");
        }
        if (s.kind() == DiscountKind.PERCENTAGE) {
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidInputException("value", "a percentage must be more than 0 and at most 100");
            }
        } else {
            if (value.signum() <= 0) {
                throw new InvalidInputException("value", "a fixed amount must be more than 0");
            }
            if (value.stripTrailingZeros().scale() > Money.SCALE) {
                throw new InvalidInputException("value", "a fixed amount has at most two decimal places");
            }
        }
        if (s.maxUses() != null && s.maxUses() < 1) {
            throw new InvalidInputException("maxUses", "must be at least 1, or left out for no limit");
        }
        if (s.validFrom() != null && s.validUntil() != null && !s.validFrom().isBefore(s.validUntil())) {
            throw new InvalidInputException("validUntil", "must be after validFrom");
        }
        for (TicketTypeId ticketTypeId : s.ticketTypeIds()) {
            if (!ticketTypes.containsKey(ticketTypeId.value())) {
                throw new NotFoundException("ticket-type", ticketTypeId, "ticketTypeIds");
            }
        }
        return new PromoCodeSpec(code, s.kind(), value, s.maxUses(), s.validFrom(), s.validUntil(), s.ticketTypeIds());
    }

    private static TicketPageDesign validated(TicketPageDesign d) {
        if (d == null) {
            throw new InvalidInputException("design", "is required");
        }
        return new TicketPageDesign(
                colour("primaryColor", d.primaryColor()),
                colour("secondaryColor", d.secondaryColor()),
                Inputs.httpUrl("backgroundImage", d.backgroundImage()));
    }

    private static String colour(String field, String value) {
        String colour = Inputs.optional(field, value, MAX_TEXT_LENGTH);
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new InvalidInputException(field, "must be a colour like #1a2b3c or #abc");
        }
        return colour;
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
