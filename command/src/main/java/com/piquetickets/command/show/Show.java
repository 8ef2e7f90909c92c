package com.piquetickets.command.show;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.CatalogueRegistry;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.order.FeeSchedule;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.AddPromoCodeCommand;
import com.piquetickets.domain.show.AddTicketTypeCommand;
import com.piquetickets.domain.show.CancelShowCommand;
import com.piquetickets.domain.show.ChangeTicketTypeCommand;
import com.piquetickets.domain.show.ConfirmReservationCommand;
import com.piquetickets.domain.show.CreateShowCommand;
import com.piquetickets.domain.show.DeleteShowCommand;
import com.piquetickets.domain.show.OfflinePaymentSetEvent;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeRemovedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.PublishShowCommand;
import com.piquetickets.domain.show.ReleaseExpiredHoldsCommand;
import com.piquetickets.domain.show.ReleaseReservationCommand;
import com.piquetickets.domain.show.ReleasedHolds;
import com.piquetickets.domain.show.RemovePromoCodeCommand;
import com.piquetickets.domain.show.RemoveTicketTypeCommand;
import com.piquetickets.domain.show.ReservationConfirmationRejectedEvent;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationDecision;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ReturnTicketsCommand;
import com.piquetickets.domain.show.SeatConfirmation;
import com.piquetickets.domain.show.SetOfflinePaymentCommand;
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
import com.piquetickets.domain.show.TicketReservationRejectedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import com.piquetickets.domain.show.TicketTypeRemovedEvent;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import com.piquetickets.domain.show.UnpublishShowCommand;
import com.piquetickets.domain.show.UpdateShowDetailsCommand;
import com.piquetickets.domain.show.ReservationDecision.SeatsHeld;
import com.piquetickets.domain.show.ReservationDecision.SeatsRefused;
import com.piquetickets.domain.venue.VenueId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A show of a producer, with its ticket types, promo codes, line-up and ticket page. It is the one place that decides
 * what a show offers and whether it is on sale, and the one place that decides capacity: it holds seats for orders in
 * checkout ({@link SeatReservation} decides), sells them when paid and takes them back when released or returned.
 * CANCELLED and DELETED are final. Inputs are checked by {@link ShowInputs}; holds are kept in {@link SeatHolds}.
 */
@Aggregate(snapshotTriggerDefinition = "showSnapshotTrigger", cache = "showCache")
// Snapshots hold the fields as they are (no getters or setters here): see ShowRepositoryConfiguration. The revision
// names their shape: a snapshot of another shape is ignored and the show is sourced from its events instead.
@Revision("2")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class Show {

    static final String HOLD_EXPIRED = "hold-expired";

    @AggregateIdentifier
    private ShowId showId;
    private ProducerId producerId;
    private Slug slug;
    private ShowDetails details;
    private String currency;
    private ShowStatus status;
    private TicketTypes ticketTypes = new TicketTypes();
    /** By {@link SeatReservation#promoKey}; the spec keeps the spelling it was added with. */
    private Map<String, PromoCodeSpec> promoCodes = new LinkedHashMap<>();
    private List<PerformerId> performerIds = new ArrayList<>();
    private TicketPageDesign pageDesign;
    private boolean offlinePayment;
    private SeatHolds holds = new SeatHolds();

    Show() {
        // for Axon
    }

    // ---- the show itself ------------------------------------------------------------------------------------------

    @CommandHandler
    Show(CreateShowCommand command, CatalogueRegistry registry) {
        ShowDetails details = ShowInputs.details(command.details());
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
        ShowDetails details = ShowInputs.details(command.details());
        if (details.venueId() != null && !details.venueId().equals(this.details.venueId())) {
            requireActiveVenue(details.venueId(), registry);
        }
        if (status == ShowStatus.PUBLISHED) {
            ShowPublication.requireKeptWhilePublished(details);
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
    void handle(PublishShowCommand command, CatalogueRegistry registry, Clock clock, CardPayments cardPayments) {
        requireChangeable();
        if (status == ShowStatus.PUBLISHED) {
            return;
        }
        ShowPublication.requirePublishable(details, !ticketTypes.isEmpty(), producerId, registry, clock.instant(),
                ChargesRule.unmet(ticketTypes.specs(), producerId, registry, cardPayments));
        apply(new ShowPublishedEvent(showId));
    }

    @CommandHandler
    void handle(UnpublishShowCommand command) {
        requireChangeable();
        if (status != ShowStatus.PUBLISHED) {
            throw new RuleViolationException("show-not-published", "the show is not published, so it cannot be unpublished");
        }
        apply(new ShowUnpublishedEvent(showId));
    }

    @CommandHandler
    void handle(CancelShowCommand command) {
        String reason = Inputs.required("reason", command.reason(), ShowInputs.MAX_LONG_TEXT_LENGTH);
        requireNotDeleted();
        if (status != ShowStatus.CANCELLED) {
            apply(new ShowCancelledEvent(showId, reason));
        }
    }

    /** A show with seats sold or held can only be cancelled, never deleted. */
    @CommandHandler
    void handle(DeleteShowCommand command, CatalogueRegistry registry) {
        if (status == ShowStatus.DELETED) {
            return;
        }
        int committed = ticketTypes.committed();
        if (committed > 0) {
            throw new RuleViolationException("show-has-sales",
                    "the show has " + committed + " tickets sold or held and cannot be deleted; cancel it instead");
        }
        registry.deactivate(CatalogueKind.SHOW, showId.value());
        apply(new ShowDeletedEvent(showId));
    }

    // ---- ticket types and promo codes -----------------------------------------------------------------------------

    @CommandHandler
    void handle(AddTicketTypeCommand command, CatalogueRegistry registry, CardPayments cardPayments) {
        requireChangeable();
        if (command.ticketTypeId() == null) {
            throw new InvalidInputException("ticketTypeId", "is required");
        }
        if (ticketTypes.has(command.ticketTypeId())) {
            throw new RuleViolationException("ticket-type-exists",
                    "the show already has a ticket type with id " + command.ticketTypeId() + "; change it instead");
        }
        TicketTypeSpec spec = ShowInputs.ticketType(command.spec(), currency);
        ticketTypes.requireUniqueName(spec.name(), null);
        requireChargesForSaleOf(spec, registry, cardPayments);
        apply(new TicketTypeAddedEvent(showId, command.ticketTypeId(), spec));
    }

    @CommandHandler
    void handle(ChangeTicketTypeCommand command, CatalogueRegistry registry, CardPayments cardPayments) {
        requireChangeable();
        TicketTypeState current = ticketTypes.of(command.ticketTypeId());
        TicketTypeSpec spec = ShowInputs.ticketType(command.spec(), currency);
        ticketTypes.requireUniqueName(spec.name(), command.ticketTypeId());
        current.requireQuantityCoversCommitted(spec.quantity());
        if (!ChargesRule.takesMoney(current.spec())) {
            requireChargesForSaleOf(spec, registry, cardPayments);
        }
        if (!spec.equals(current.spec())) {
            apply(new TicketTypeChangedEvent(showId, command.ticketTypeId(), spec));
        }
    }

    @CommandHandler
    void handle(RemoveTicketTypeCommand command) {
        requireChangeable();
        ticketTypes.of(command.ticketTypeId()).requireNothingCommitted();
        if (status == ShowStatus.PUBLISHED && ticketTypes.size() == 1) {
            throw new RuleViolationException("show-needs-ticket-type",
                    "a published show must keep at least one ticket type; add another first or unpublish the show");
        }
        apply(new TicketTypeRemovedEvent(showId, command.ticketTypeId()));
    }

    @CommandHandler
    void handle(AddPromoCodeCommand command) {
        requireChangeable();
        PromoCodeSpec spec = ShowInputs.promoCode(command.spec(), ticketTypes.byId().keySet());
        PromoCodeSpec existing = promoCodes.get(SeatReservation.promoKey(spec.code()));
        if (existing != null) {
            throw new RuleViolationException("promo-code-taken", "the show already has promo code '" + existing.code()
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
        PromoCodeSpec existing = promoCodes.get(SeatReservation.promoKey(command.code().trim()));
        if (existing == null) {
            throw new NotFoundException("promo-code", command.code().trim());
        }
        apply(new PromoCodeRemovedEvent(showId, existing.code()));
    }

    @CommandHandler
    void handle(SetOfflinePaymentCommand command) {
        requireChangeable();
        if (command.enabled() != offlinePayment) {
            apply(new OfflinePaymentSetEvent(showId, command.enabled()));
        }
    }

    // ---- checkout: seat holds -------------------------------------------------------------------------------------

    @CommandHandler
    ReservationDecision handle(ReserveTicketsCommand command, Clock clock, FeeSchedule fees, CardPayments cardPayments,
                               HoldDurations holdDurations, CatalogueRegistry registry, HoldSchedule schedule) {
        OrderId orderId = required(command.orderId());
        Hold existing = holds.of(orderId);
        if (existing != null) {
            return repeated(orderId, existing);
        }
        var request = new SeatReservation.Request(command.seats(), command.promoCode(), command.requestedMethod());
        return switch (new SeatReservation(clock.instant(), fees, cardPayments, holdDurations).decide(offer(), request)) {
            case SeatReservation.Refused refused when !refused.recorded() ->
                    new SeatsRefused(refused.reason(), refused.message(), false);
            case SeatReservation.Refused refused -> {
                apply(new TicketReservationRejectedEvent(showId, orderId, refused.reason(), refused.message()));
                yield new SeatsRefused(refused.reason(), refused.message(), true);
            }
            case SeatReservation.Held held -> {
                String payoutAccountId = held.method() == PaymentMethod.STRIPE && cardPayments.connectedAccountRequired()
                        ? registry.payoutAccount(producerId.value()).orElse(null) : null;
                Instant earliest = holds.earliestExpiry();
                if (earliest == null || held.holdExpiresAt().isBefore(earliest)) {
                    schedule.record(showId, held.holdExpiresAt());
                }
                apply(new TicketsReservedEvent(showId, orderId, held.pricing(), held.method(), held.holdExpiresAt(),
                        producerId, payoutAccountId));
                yield new SeatsHeld(held.pricing(), held.method(), held.holdExpiresAt(), producerId, payoutAccountId);
            }
        };
    }

    @CommandHandler
    SeatConfirmation handle(ConfirmReservationCommand command, Clock clock) {
        OrderId orderId = required(command.orderId());
        Hold hold = holds.of(orderId);
        if (hold != null && (hold.is(Hold.State.SOLD) || hold.is(Hold.State.RETURNED))) {
            return SeatConfirmation.sold(); // a duplicate confirmation
        }
        SeatConfirmation decision = SeatConfirmations.decide(showId, orderId, hold, status, hasEnded(clock.instant()),
                ticketTypes.byId());
        apply(decision.confirmed()
                ? new ReservationConfirmedEvent(showId, orderId, hold.seats(), hold.is(Hold.State.RELEASED))
                : new ReservationConfirmationRejectedEvent(showId, orderId, decision.reason(), decision.message()));
        return decision;
    }

    @CommandHandler
    void handle(ReleaseReservationCommand command) {
        Hold hold = command.orderId() == null ? null : holds.of(command.orderId());
        if (hold != null && hold.is(Hold.State.HELD)) {
            apply(new ReservationReleasedEvent(showId, command.orderId(), hold.seats(), command.reason()));
        }
    }

    /** Releases what ran out, then tells the schedule when the next hold does. Repeating it changes nothing. */
    @CommandHandler
    ReleasedHolds handle(ReleaseExpiredHoldsCommand command, HoldSchedule schedule) {
        if (command.now() == null) {
            throw new InvalidInputException("now", "is required");
        }
        List<OrderId> expired = holds.expiredBy(command.now());
        expired.forEach(orderId -> apply(new ReservationReleasedEvent(showId, orderId, holds.of(orderId).seats(), HOLD_EXPIRED)));
        Instant next = holds.earliestExpiry();
        schedule.clear(showId, command.now());
        if (next != null) {
            schedule.record(showId, next);
        }
        return new ReleasedHolds(expired, next);
    }

    @CommandHandler
    void handle(ReturnTicketsCommand command, Clock clock) {
        Hold hold = command.orderId() == null ? null : holds.of(command.orderId());
        boolean started = details.startTime() != null && !clock.instant().isBefore(details.startTime());
        if (hold != null && hold.is(Hold.State.SOLD) && !started) {
            apply(new TicketsReturnedEvent(showId, command.orderId(), hold.seats()));
        }
    }

    /** The first answer stands while the seats are held; once they are not, the order is done with this show. */
    private ReservationDecision repeated(OrderId orderId, Hold hold) {
        if (hold.is(Hold.State.HELD)) {
            Hold.Terms terms = hold.terms();
            return new SeatsHeld(terms.pricing(), terms.method(), hold.expiresAt(), producerId, terms.payoutAccountId());
        }
        return new SeatsRefused(ReservationRejection.INVALID_ORDER, "order " + orderId + " already reserved seats of this "
                + "show, which are " + hold.state().name().toLowerCase(Locale.ROOT) + "; place a new order", false);
    }

    private SeatReservation.Offer offer() {
        return new SeatReservation.Offer(status, endsAt(), currency, offlinePayment,
                ticketTypes.byId(), Collections.unmodifiableMap(promoCodes), holds.promoUses());
    }

    /** Over once its end time (or, without one, its start time) has come. */
    private Instant endsAt() {
        return details.endTime() != null ? details.endTime() : details.startTime();
    }

    private boolean hasEnded(Instant now) {
        return endsAt() != null && !now.isBefore(endsAt());
    }

    // ---- line-up and page -----------------------------------------------------------------------------------------

    @CommandHandler
    void handle(SetShowPerformersCommand command, CatalogueRegistry registry) {
        requireChangeable();
        ShowInputs.requireLineUp(command.performerIds(), registry);
        if (!command.performerIds().equals(performerIds)) {
            apply(new ShowPerformersSetEvent(showId, command.performerIds()));
        }
    }

    @CommandHandler
    void handle(SetTicketPageDesignCommand command) {
        requireChangeable();
        TicketPageDesign design = ShowInputs.pageDesign(command.design());
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
        ticketTypes.add(event.ticketTypeId(), event.spec());
    }

    @EventSourcingHandler
    void on(TicketTypeChangedEvent event) {
        ticketTypes.change(event.ticketTypeId(), event.spec());
    }

    @EventSourcingHandler
    void on(TicketTypeRemovedEvent event) {
        ticketTypes.remove(event.ticketTypeId());
    }

    @EventSourcingHandler
    void on(PromoCodeAddedEvent event) {
        promoCodes.put(SeatReservation.promoKey(event.spec().code()), event.spec());
    }

    @EventSourcingHandler
    void on(PromoCodeRemovedEvent event) {
        promoCodes.remove(SeatReservation.promoKey(event.code()));
    }

    @EventSourcingHandler
    void on(ShowPerformersSetEvent event) {
        performerIds = new ArrayList<>(event.performerIds());
    }

    @EventSourcingHandler
    void on(TicketPageDesignSetEvent event) {
        pageDesign = event.design();
    }

    @EventSourcingHandler
    void on(OfflinePaymentSetEvent event) {
        offlinePayment = event.enabled();
    }

    @EventSourcingHandler
    void on(TicketsReservedEvent event) {
        Hold hold = Hold.held(new Hold.Terms(event.pricing(), event.paymentMethod(), event.payoutAccountId()),
                event.holdExpiresAt());
        holds.hold(event.orderId(), hold);
        ticketTypes.move(hold.seats(), TicketTypeState::plusHeld);
    }

    @EventSourcingHandler
    void on(ReservationConfirmedEvent event) {
        holds.sell(event.orderId(), event.reinstated());
        ticketTypes.move(event.seats(), (t, n) -> (event.reinstated() ? t : t.plusHeld(-n)).plusSold(n));
    }

    @EventSourcingHandler
    void on(ReservationReleasedEvent event) {
        holds.release(event.orderId());
        ticketTypes.move(event.seats(), (t, n) -> t.plusHeld(-n));
    }

    @EventSourcingHandler
    void on(TicketsReturnedEvent event) {
        holds.giveBack(event.orderId());
        ticketTypes.move(event.seats(), (t, n) -> t.plusSold(-n));
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    /** A published show only starts taking money (a new or changed paid ticket type) when its producer can take charges. */
    private void requireChargesForSaleOf(TicketTypeSpec spec, CatalogueRegistry registry, CardPayments cardPayments) {
        if (status == ShowStatus.PUBLISHED && ChargesRule.unmet(List.of(spec), producerId, registry, cardPayments)) {
            throw new RuleViolationException("charges-not-enabled", "ticket type '" + spec.name() + "' takes money, and "
                    + "the producer's Stripe connected account does not take charges yet; finish Stripe onboarding first, "
                    + "or unpublish the show");
        }
    }

    private void requireChangeable() {
        requireNotDeleted();
        if (status == ShowStatus.CANCELLED) {
            throw new RuleViolationException("show-cancelled",
                    "show " + showId + " is cancelled, which is final; create a new show instead");
        }
    }

    private void requireNotDeleted() {
        if (status == ShowStatus.DELETED) {
            throw new RuleViolationException("show-deleted", "show " + showId + " is deleted; nothing can change on it");
        }
    }

    private static void requireActiveVenue(VenueId venueId, CatalogueRegistry registry) {
        if (venueId != null && !registry.isActive(CatalogueKind.VENUE, venueId.value())) {
            throw new NotFoundException("venue", venueId, "venueId");
        }
    }

    private static OrderId required(OrderId orderId) {
        if (orderId == null) {
            throw new InvalidInputException("orderId", "is required");
        }
        return orderId;
    }
}
