package com.piquetickets.command.show;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.order.FeeSchedule;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.ReserveTicketsCommand;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.SeatRequest;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.venue.VenueId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** A show, its producer and venue, a clock and the checkout settings, shared by the show tests. */
final class ShowFixtures {

    static final Instant NOW = Instant.parse("2030-03-01T12:00:00Z");
    static final Instant DOORS = Instant.parse("2030-06-01T18:30:00Z");
    static final Instant START = Instant.parse("2030-06-01T19:00:00Z");
    static final Instant END = Instant.parse("2030-06-01T22:00:00Z");

    static final ShowId SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e001"));
    static final ProducerId PRODUCER = new ProducerId(UUID.fromString("00000000-0000-0000-0000-00000000c001"));
    static final ProducerId INACTIVE_PRODUCER = new ProducerId(UUID.fromString("00000000-0000-0000-0000-00000000c002"));
    static final VenueId VENUE = new VenueId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    static final VenueId INACTIVE_VENUE = new VenueId(UUID.fromString("00000000-0000-0000-0000-00000000a002"));
    static final TicketTypeId GENERAL = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f001"));
    static final TicketTypeId VIP = new TicketTypeId(UUID.fromString("00000000-0000-0000-0000-00000000f002"));
    static final Slug SLUG = new Slug("spring-gala");
    static final String USD = "USD";
    static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    static final OrderId OTHER_ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b002"));
    static final HoldDurations HOLDS = HoldDurations.DEFAULTS;
    /** When a card payment's hold taken now runs out. */
    static final Instant HOLD_EXPIRES = NOW.plus(HOLDS.stripeHold());
    /** The producer's Stripe connected account, once it takes charges ({@link #registryTakingCharges()}). */
    static final String PAYOUT_ACCOUNT = "acct_1NightOwls";
    /** Platform 2 % + 0.50 and processing 3 % + 0.30 per paid ticket, paid by the buyer. */
    static final FeeSchedule FEES = new FeeSchedule(new BigDecimal("2"), Money.of("0.50", USD), new BigDecimal("3"),
            Money.of("0.30", USD), true);

    private ShowFixtures() {
    }

    static InMemoryCatalogueRegistry registry() {
        return new InMemoryCatalogueRegistry()
                .with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true)
                .with(CatalogueKind.PRODUCER, INACTIVE_PRODUCER.value(), "gone", false)
                .with(CatalogueKind.VENUE, VENUE.value(), "the-hall", true)
                .with(CatalogueKind.VENUE, INACTIVE_VENUE.value(), "old-barn", false)
                .with(CatalogueKind.SHOW, SHOW.value(), SLUG.value(), true);
    }

    /** The registry of a producer whose connected account takes charges: card payments go to {@link #PAYOUT_ACCOUNT}. */
    static InMemoryCatalogueRegistry registryTakingCharges() {
        InMemoryCatalogueRegistry registry = registry();
        registry.recordChargesEnabled(PRODUCER.value(), true);
        registry.recordPayoutAccount(PRODUCER.value(), PAYOUT_ACCOUNT);
        return registry;
    }

    static FixtureConfiguration<Show> fixture(InMemoryCatalogueRegistry registry) {
        return fixture(registry, CardPayments.WITHOUT_STRIPE);
    }

    static FixtureConfiguration<Show> fixture(InMemoryCatalogueRegistry registry, CardPayments cardPayments) {
        return fixture(registry, cardPayments, new InMemoryHoldSchedule());
    }

    static FixtureConfiguration<Show> fixture(InMemoryCatalogueRegistry registry, CardPayments cardPayments,
                                              InMemoryHoldSchedule schedule) {
        FixtureConfiguration<Show> fixture = new AggregateTestFixture<>(Show.class);
        fixture.registerInjectableResource(cardPayments);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(schedule);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(FEES);
        fixture.registerInjectableResource(HOLDS);
        return fixture;
    }

    /** Everything a show needs to be published. */
    static ShowDetails ready() {
        return details("Spring Gala", DOORS, START, END, VENUE);
    }

    static ShowDetails details(String title, Instant doors, Instant start, Instant end, VenueId venue) {
        return new ShowDetails(title, "<p>A night out.</p>", doors, start, end, "America/Chicago", "18+", "No refunds",
                venue, "https://cdn.example/gala.webp", null, null, null, null);
    }

    static ShowDraftCreatedEvent created() {
        return created(ready());
    }

    static ShowDraftCreatedEvent created(ShowDetails details) {
        return new ShowDraftCreatedEvent(SHOW, PRODUCER, SLUG, details, USD);
    }

    static TicketTypeAddedEvent generalAdmissionAdded() {
        return new TicketTypeAddedEvent(SHOW, GENERAL, ticket("General Admission", 100, "25.00"));
    }

    static TicketTypeSpec ticket(String name, int quantity, String price) {
        return new TicketTypeSpec(name, null, quantity, Money.of(price, USD), false, null, false);
    }

    static SeatRequest seats(TicketTypeId ticketTypeId, int quantity) {
        return new SeatRequest(ticketTypeId, quantity, null, false);
    }

    /** Seats for an order, paid the default way. */
    static ReserveTicketsCommand reserve(OrderId orderId, SeatRequest... seats) {
        return reserve(orderId, null, null, seats);
    }

    static ReserveTicketsCommand reserve(OrderId orderId, String promoCode, PaymentMethod method, SeatRequest... seats) {
        return new ReserveTicketsCommand(SHOW, orderId, List.of(seats), promoCode, method);
    }

    /** Seats held for an order by card until {@link #HOLD_EXPIRES}; only the ticket types, quantities and promo code matter to the show's state. */
    static TicketsReservedEvent reserved(OrderId orderId, String promoCode, ReservedSeats... seats) {
        return reservedUntil(orderId, HOLD_EXPIRES, promoCode, seats);
    }

    static TicketsReservedEvent reserved(OrderId orderId, TicketTypeId ticketTypeId, int quantity) {
        return reserved(orderId, null, new ReservedSeats(ticketTypeId, quantity));
    }

    static TicketsReservedEvent reservedUntil(OrderId orderId, Instant expiresAt, String promoCode, ReservedSeats... seats) {
        Money zero = Money.zero(USD);
        List<LinePrice> lines = Arrays.stream(seats)
                .map(s -> new LinePrice(s.ticketTypeId(), "tickets", s.quantity(), zero, zero, zero, zero, false))
                .toList();
        return new TicketsReservedEvent(SHOW, orderId, new OrderPricing(lines, promoCode, zero, zero, zero, zero, true, zero),
                PaymentMethod.STRIPE, expiresAt, PRODUCER, null);
    }

    static ReservedSeats held(TicketTypeId ticketTypeId, int quantity) {
        return new ReservedSeats(ticketTypeId, quantity);
    }

    static ShowPublishedEvent published() {
        return new ShowPublishedEvent(SHOW);
    }
}
