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
import com.piquetickets.domain.order.FeeSchedule;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPricing;
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
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.OfflinePaymentSetEvent;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeRemovedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.PublishShowCommand;
import com.piquetickets.domain.show.ReleaseReservationCommand;
import com.piquetickets.domain.show.RemovePromoCodeCommand;
import com.piquetickets.domain.show.RemoveTicketTypeCommand;
import com.piquetickets.domain.show.ReservationConfirmationRejectedEvent;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.ReturnTicketsCommand;
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
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeRemovedEvent;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import com.piquetickets.domain.show.UnpublishShowCommand;
import com.piquetickets.domain.show.UpdateShowDetailsCommand;
import com.piquetickets.domain.venue.VenueId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A show of a producer, with its ticket types, promo codes, line-up and ticket page. It is the one place that decides
 * what a show offers and whether it is on sale, and the one place that decides capacity: it holds seats for orders in
 * checkout, sells them when paid and takes them back when released or returned. CANCELLED and DELETED are final.
 */
@Aggregate(snapshotTriggerDefinition = "showSnapshotTrigger", cache = "showCache")
// Snapshots hold the fields as they are (no getters or setters here): see ShowRepositoryConfiguration.
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
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
    private boolean offlinePayment;
    /** The seat hold of each order that ever reserved, by order id. */
    private Map<UUID, Hold> holds = new HashMap<>();
    /** Orders holding or holding paid seats under each promo code, by lower-case code. */
    private Map<String, Integer> promoUses = new HashMap<>();

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
    void handle(PublishShowCommand command, CatalogueRegistry registry, Clock clock, CardPayments cardPayments) {
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
        if (needsChargesEnabled(ticketTypes.values().stream().map(TicketTypeState::spec).toList(), registry, cardPayments)) {
            missing.add(CHARGES_NOT_ENABLED);
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
    void handle(AddTicketTypeCommand command, CatalogueRegistry registry, CardPayments cardPayments) {
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
        requireChargesForSaleOf(spec, registry, cardPayments);
        apply(new TicketTypeAddedEvent(showId, command.ticketTypeId(), spec));
    }

    @CommandHandler
    void handle(ChangeTicketTypeCommand command, CatalogueRegistry registry, CardPayments cardPayments) {
        requireChangeable();
        TicketTypeState current = ticketType(command.ticketTypeId());
        TicketTypeSpec spec = validated(command.spec());
        requireUniqueTicketName(spec.name(), command.ticketTypeId());
        current.requireQuantityCoversCommitted(spec.quantity());
        if (!takesMoney(current.spec())) {
            requireChargesForSaleOf(spec, registry, cardPayments);
        }
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

    // ---- checkout: seat holds -------------------------------------------------------------------------------------

    @CommandHandler
    void handle(ReserveTicketsCommand command, Clock clock, FeeSchedule fees) {
        if (command.orderId() == null) {
            throw new InvalidInputException("orderId", "is required");
        }
        if (command.holdExpiresAt() == null) {
            throw new InvalidInputException("holdExpiresAt", "is required");
        }
        OrderId orderId = command.orderId();
        if (holds.containsKey(orderId.value())) {
            return; // the saga retried: the first answer stands
        }
        OrderPricing pricing;
        try {
            pricing = reservation(command, clock.instant(), fees);
        } catch (Refusal refusal) {
            apply(new TicketReservationRejectedEvent(showId, orderId, refusal.reason, refusal.getMessage()));
            return;
        }
        apply(new TicketsReservedEvent(showId, orderId, pricing, command.holdExpiresAt()));
    }

    @CommandHandler
    void handle(ConfirmReservationCommand command, Clock clock) {
        OrderId orderId = command.orderId();
        if (orderId == null) {
            throw new InvalidInputException("orderId", "is required");
        }
        Hold hold = holds.get(orderId.value());
        if (hold == null) {
            apply(new ReservationConfirmationRejectedEvent(showId, orderId, ReservationRejection.INVALID_ORDER,
                    "show " + showId + " holds no seats for order " + orderId));
            return;
        }
        if (hold.state() == Hold.State.SOLD || hold.state() == Hold.State.RETURNED) {
            return; // a duplicate confirmation
        }
        if (status == ShowStatus.CANCELLED || status == ShowStatus.DELETED) {
            apply(new ReservationConfirmationRejectedEvent(showId, orderId, ReservationRejection.NOT_ON_SALE,
                    "show " + showId + " is " + status.name().toLowerCase(Locale.ROOT) + "; the order cannot be ticketed"));
            return;
        }
        if (hold.state() == Hold.State.HELD) {
            apply(new ReservationConfirmedEvent(showId, orderId, hold.seats(), false));
            return;
        }
        // RELEASED: the money came after the hold ran out; the seats are sold only if they are still free
        if (hasEnded(clock.instant())) {
            apply(new ReservationConfirmationRejectedEvent(showId, orderId, ReservationRejection.NOT_ON_SALE,
                    "show " + showId + " has ended; the late payment cannot be ticketed"));
            return;
        }
        for (ReservedSeats seats : hold.seats()) {
            TicketTypeState ticketType = ticketTypes.get(seats.ticketTypeId().value());
            if (ticketType == null || ticketType.remaining() < seats.quantity()) {
                apply(new ReservationConfirmationRejectedEvent(showId, orderId, ReservationRejection.SOLD_OUT,
                        soldOutMessage(ticketType, seats)));
                return;
            }
        }
        apply(new ReservationConfirmedEvent(showId, orderId, hold.seats(), true));
    }

    @CommandHandler
    void handle(ReleaseReservationCommand command) {
        Hold hold = command.orderId() == null ? null : holds.get(command.orderId().value());
        if (hold == null || hold.state() != Hold.State.HELD) {
            return;
        }
        apply(new ReservationReleasedEvent(showId, command.orderId(), hold.seats(), command.reason()));
    }

    @CommandHandler
    void handle(ReturnTicketsCommand command, Clock clock) {
        Hold hold = command.orderId() == null ? null : holds.get(command.orderId().value());
        if (hold == null || hold.state() != Hold.State.SOLD || hasStarted(clock.instant())) {
            return;
        }
        apply(new TicketsReturnedEvent(showId, command.orderId(), hold.seats()));
    }

    @CommandHandler
    void handle(SetOfflinePaymentCommand command) {
        requireChangeable();
        if (command.enabled() != offlinePayment) {
            apply(new OfflinePaymentSetEvent(showId, command.enabled()));
        }
    }

    /** A request this show refuses; it becomes a rejection event, never leaves the aggregate. */
    private static final class Refusal extends RuntimeException {

        private final ReservationRejection reason;

        Refusal(ReservationRejection reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    /** Decides a reservation: every check that can refuse it, then its price. Throws {@link Refusal}. */
    private OrderPricing reservation(ReserveTicketsCommand command, Instant now, FeeSchedule fees) {
        if (status != ShowStatus.PUBLISHED) {
            throw new Refusal(ReservationRejection.NOT_ON_SALE,
                    "show " + showId + " is not on sale (it is " + status.name().toLowerCase(Locale.ROOT) + ")");
        }
        if (hasEnded(now)) {
            throw new Refusal(ReservationRejection.NOT_ON_SALE, "show " + showId + " has ended");
        }
        List<OrderLine> lines = command.lines() == null ? List.of() : command.lines();
        if (lines.isEmpty()) {
            throw new Refusal(ReservationRejection.INVALID_ORDER, "the order has no lines");
        }
        if (command.paymentMethod() == PaymentMethod.OFFLINE && !offlinePayment) {
            throw new Refusal(ReservationRejection.INVALID_ORDER, "this show does not take offline payment");
        }
        Set<UUID> seen = new HashSet<>();
        List<Money> donations = new ArrayList<>(lines.size());
        if (lines.stream().anyMatch(Objects::isNull)) {
            throw new Refusal(ReservationRejection.INVALID_ORDER, "the order has an empty line");
        }
        for (OrderLine line : lines) {
            TicketTypeState ticketType = line.ticketTypeId() == null ? null : ticketTypes.get(line.ticketTypeId().value());
            if (ticketType == null) {
                throw new Refusal(ReservationRejection.INVALID_ORDER,
                        "the show has no ticket type " + line.ticketTypeId());
            }
            String name = ticketType.spec().name();
            if (!seen.add(line.ticketTypeId().value())) {
                throw new Refusal(ReservationRejection.INVALID_ORDER, "ticket type '" + name + "' is ordered more than once");
            }
            if (line.quantity() < 1) {
                throw new Refusal(ReservationRejection.INVALID_ORDER, "order at least one '" + name + "' ticket");
            }
            if (line.vip() && !ticketType.spec().vipAllowed()) {
                throw new Refusal(ReservationRejection.INVALID_ORDER, "ticket type '" + name + "' has no VIP option");
            }
            donations.add(donation(ticketType.spec(), line.donationPerTicket()));
        }
        PromoCodeSpec promo = promoCode(command.promoCode(), lines, now);
        for (OrderLine line : lines) { // all or nothing
            TicketTypeState ticketType = ticketTypes.get(line.ticketTypeId().value());
            if (ticketType.remaining() < line.quantity()) {
                throw new Refusal(ReservationRejection.SOLD_OUT,
                        soldOutMessage(ticketType, new ReservedSeats(line.ticketTypeId(), line.quantity())));
            }
        }
        List<Pricing.Line> priced = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            TicketTypeSpec spec = ticketTypes.get(line.ticketTypeId().value()).spec();
            boolean discounted = promo != null
                    && (promo.ticketTypeIds().isEmpty() || promo.ticketTypeIds().contains(line.ticketTypeId()));
            priced.add(new Pricing.Line(line.ticketTypeId(), spec.name(), line.quantity(), spec.price(), donations.get(i),
                    line.vip(), discounted));
        }
        Pricing.Discount discount = promo == null ? null : new Pricing.Discount(promo.code(), promo.kind(), promo.value());
        OrderPricing pricing = Pricing.price(currency, priced, discount, fees);
        if (command.paymentMethod() == PaymentMethod.FREE && pricing.total().signum() > 0) {
            throw new Refusal(ReservationRejection.INVALID_ORDER,
                    "the order costs " + pricing.total() + "; only an order that costs nothing is free");
        }
        return pricing;
    }

    /** The promo code of an order (null without one), or a {@link Refusal} saying why it does not apply. */
    private PromoCodeSpec promoCode(String requested, List<OrderLine> lines, Instant now) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        String code = requested.trim();
        PromoCodeSpec promo = promoCodes.get(key(code));
        if (promo == null) {
            throw new Refusal(ReservationRejection.PROMO_CODE_INVALID, "promo code '" + code + "' does not exist for this show");
        }
        if (promo.validFrom() != null && now.isBefore(promo.validFrom())) {
            throw new Refusal(ReservationRejection.PROMO_CODE_INVALID,
                    "promo code '" + promo.code() + "' is valid from " + promo.validFrom());
        }
        if (promo.validUntil() != null && !now.isBefore(promo.validUntil())) {
            throw new Refusal(ReservationRejection.PROMO_CODE_INVALID,
                    "promo code '" + promo.code() + "' expired at " + promo.validUntil());
        }
        if (!promo.ticketTypeIds().isEmpty()
                && lines.stream().noneMatch(line -> promo.ticketTypeIds().contains(line.ticketTypeId()))) {
            throw new Refusal(ReservationRejection.PROMO_CODE_INVALID,
                    "promo code '" + promo.code() + "' does not apply to any ticket type in this order");
        }
        int uses = promoUses.getOrDefault(key(promo.code()), 0);
        if (promo.maxUses() != null && uses >= promo.maxUses()) {
            throw new Refusal(ReservationRejection.PROMO_CODE_USED_UP,
                    "promo code '" + promo.code() + "' has been used " + uses + " of " + promo.maxUses() + " times");
        }
        return promo;
    }

    /** The donation per ticket: only on donation-based types, at least their minimum; none given means the minimum when that is zero. */
    private Money donation(TicketTypeSpec spec, Money donation) {
        if (!spec.donationBased()) {
            if (donation != null) {
                throw new Refusal(ReservationRejection.INVALID_ORDER,
                        "ticket type '" + spec.name() + "' does not take a donation");
            }
            return Money.zero(currency);
        }
        Money minimum = spec.minimumDonation() == null ? Money.zero(currency) : spec.minimumDonation();
        if (donation == null) {
            if (minimum.signum() != 0) {
                throw new Refusal(ReservationRejection.INVALID_ORDER,
                        "ticket type '" + spec.name() + "' needs a donation of at least " + minimum + " per ticket");
            }
            return minimum;
        }
        if (!donation.currency().equals(currency)) {
            throw new Refusal(ReservationRejection.INVALID_ORDER, "a donation must be in the currency of the show, " + currency);
        }
        if (donation.isLessThan(minimum)) {
            throw new Refusal(ReservationRejection.INVALID_ORDER,
                    "ticket type '" + spec.name() + "' needs a donation of at least " + minimum + " per ticket");
        }
        return donation;
    }

    private static String soldOutMessage(TicketTypeState ticketType, ReservedSeats wanted) {
        if (ticketType == null) {
            return "ticket type " + wanted.ticketTypeId() + " is no longer on sale";
        }
        int left = ticketType.remaining();
        return left == 0
                ? "'" + ticketType.spec().name() + "' is sold out"
                : "only " + left + " '" + ticketType.spec().name() + "' tickets left, " + wanted.quantity() + " wanted";
    }

    /** Over once its end time (or, without one, its start time) has come. */
    private boolean hasEnded(Instant now) {
        Instant end = details.endTime() != null ? details.endTime() : details.startTime();
        return end != null && !now.isBefore(end);
    }

    private boolean hasStarted(Instant now) {
        return details.startTime() != null && !now.isBefore(details.startTime());
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

    @EventSourcingHandler
    void on(TicketsReservedEvent event) {
        List<ReservedSeats> seats = event.pricing().lines().stream()
                .map(line -> new ReservedSeats(line.ticketTypeId(), line.quantity()))
                .toList();
        String promoKey = event.pricing().promoCode() == null ? null : key(event.pricing().promoCode());
        holds.put(event.orderId().value(), new Hold(seats, promoKey, event.holdExpiresAt(), Hold.State.HELD));
        seats.forEach(s -> ticketTypes.computeIfPresent(s.ticketTypeId().value(), (id, t) -> t.plusHeld(s.quantity())));
        countPromoUse(promoKey, 1);
    }

    @EventSourcingHandler
    void on(ReservationConfirmedEvent event) {
        Hold hold = holds.get(event.orderId().value());
        holds.put(event.orderId().value(), hold.in(Hold.State.SOLD));
        event.seats().forEach(s -> ticketTypes.computeIfPresent(s.ticketTypeId().value(),
                (id, t) -> (event.reinstated() ? t : t.plusHeld(-s.quantity())).plusSold(s.quantity())));
        if (event.reinstated()) {
            countPromoUse(hold.promoKey(), 1);
        }
    }

    @EventSourcingHandler
    void on(ReservationReleasedEvent event) {
        Hold hold = holds.get(event.orderId().value());
        holds.put(event.orderId().value(), hold.in(Hold.State.RELEASED));
        event.seats().forEach(s -> ticketTypes.computeIfPresent(s.ticketTypeId().value(), (id, t) -> t.plusHeld(-s.quantity())));
        countPromoUse(hold.promoKey(), -1);
    }

    @EventSourcingHandler
    void on(TicketsReturnedEvent event) {
        holds.computeIfPresent(event.orderId().value(), (id, hold) -> hold.in(Hold.State.RETURNED));
        event.seats().forEach(s -> ticketTypes.computeIfPresent(s.ticketTypeId().value(), (id, t) -> t.plusSold(-s.quantity())));
    }

    @EventSourcingHandler
    void on(OfflinePaymentSetEvent event) {
        offlinePayment = event.enabled();
    }

    private void countPromoUse(String promoKey, int delta) {
        if (promoKey != null) {
            promoUses.merge(promoKey, delta, (a, b) -> Math.max(0, a + b));
        }
    }

    // ---- rules ----------------------------------------------------------------------------------------------------

    static final String CHARGES_NOT_ENABLED = "the producer must finish Stripe onboarding (its connected account does not "
            + "take charges yet) before a show with paid or pay-what-you-want tickets can be published";

    /** A ticket type a buyer can pay for: a price above zero, or pay what you want (a donation on top of any price). */
    static boolean takesMoney(TicketTypeSpec spec) {
        return spec.donationBased() || (spec.price() != null && spec.price().signum() > 0);
    }

    /** Card payments go through Connect, some ticket type takes money, and the producer's account cannot take charges. */
    private boolean needsChargesEnabled(List<TicketTypeSpec> specs, CatalogueRegistry registry, CardPayments cardPayments) {
        return cardPayments.connectedAccountRequired()
                && specs.stream().anyMatch(Show::takesMoney)
                && !registry.chargesEnabled(producerId.value());
    }

    /** A published show only starts taking money (a new or changed paid ticket type) when its producer can take charges. */
    private void requireChargesForSaleOf(TicketTypeSpec spec, CatalogueRegistry registry, CardPayments cardPayments) {
        if (status == ShowStatus.PUBLISHED && needsChargesEnabled(List.of(spec), registry, cardPayments)) {
            throw new RuleViolationException("charges-not-enabled", "ticket type '" + spec.name() + "' takes money, and "
                    + "the producer's Stripe connected account does not take charges yet; finish Stripe onboarding first, "
                    + "or unpublish the show");
        }
    }

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
