package com.piquetickets.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.analytics.FindShowSalesQuery;
import com.piquetickets.domain.analytics.FindShowSalesSeriesQuery;
import com.piquetickets.domain.analytics.SalesFigures;
import com.piquetickets.domain.analytics.SalesInterval;
import com.piquetickets.domain.analytics.SalesSeries;
import com.piquetickets.domain.analytics.ShowSales;
import com.piquetickets.domain.analytics.TicketTypeSales;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.OrderRefundedEvent;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A scripted sale through the sales ledger, one event a minute from 10:00: the figures "as of" several instants are
 * exactly what had happened by then, and the on-sale curve adds up to them.
 */
@SpringBootTest(classes = QueryTestApplication.class)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:sales-ledger;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
class SalesLedgerOnH2Test {

    static final Map<String, String> TABLES = Map.of("sales_ledger", "event_id, ticket_type_id", "sales_seat",
            "order_id, ticket_type_id", "sales_order", "order_id", "sales_attendee", "attendee_id", "sales_show", "show_id",
            "sales_ticket_type", "ticket_type_id");
    static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    static final ShowId SHOW = new ShowId(id("ledger-show"));
    static final TicketTypeId GA = new TicketTypeId(id("ledger-ga"));
    static final TicketTypeId VIP = new TicketTypeId(id("ledger-vip"));
    static final OrderId FIRST = new OrderId(id("ledger-first"));
    static final OrderId EXPIRING = new OrderId(id("ledger-expiring"));
    static final OrderId LATER = new OrderId(id("ledger-later"));
    static final AttendeeId ADA = new AttendeeId(id("ledger-ada"));
    static final AttendeeId GRACE = new AttendeeId(id("ledger-grace"));
    static final AttendeeId VIP_GUEST = new AttendeeId(id("ledger-vip-guest"));
    static final AttendeeId LATECOMER = new AttendeeId(id("ledger-latecomer"));

    /** The door's events as the attendee module names them; the ledger knows them by name alone. */
    record AttendeeAdmittedEvent(AttendeeId attendeeId, ShowId showId) {
    }

    record AdmissionUndoneEvent(AttendeeId attendeeId, ShowId showId) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    private ReadModelHarness readModel;
    private EventStream history;

    @BeforeEach
    void setUp() {
        readModel = new ReadModelHarness(context, transactionManager, jdbc, (message, handled) -> { });
        readModel.resetAll();
        history = sale();
        readModel.replay(history.messages());
    }

    @Test
    void beforeTheShowHadTicketTypesNothingIsCounted() {
        ShowSales sales = asOf("09:00:00");
        assertThat(sales.ticketTypes()).isEmpty();
        assertThat(sales.totals()).isEqualTo(SalesFigures.zero("USD"));
        assertThat(sales.lastEventAt()).isNull();
    }

    @Test
    void heldSeatsCountUntilTheyAreSoldOrReleased() {
        assertThat(figures(asOf("10:03:30"), GA)).isEqualTo(tickets(0, 2, 0, 0));
        assertThat(figures(asOf("10:04:30"), GA)).isEqualTo(tickets(0, 6, 0, 0));
        assertThat(figures(asOf("10:09:30"), GA).held()).isZero();
    }

    @Test
    void anInstantCountsTheEventsStampedAtItAndBefore() {
        ShowSales sales = asOf("10:05:00");
        assertThat(figures(sales, GA)).isEqualTo(new SalesFigures(2, 4, 0, 0, usd("50.00"), usd("3.05"), usd("0.00")));
        assertThat(figures(sales, VIP)).isEqualTo(new SalesFigures(1, 0, 0, 0, usd("90.00"), usd("5.50"), usd("0.00")));
        assertThat(sales.lastEventAt()).isEqualTo(at("10:05:00"));
        assertThat(figures(asOf("10:04:59"), GA).sold()).isZero();
    }

    @Test
    void grossAndFeesAddUpOverOrders() {
        ShowSales sales = asOf("10:11:30");
        assertThat(figures(sales, GA)).isEqualTo(new SalesFigures(3, 0, 0, 0, usd("75.00"), usd("4.05"), usd("0.00")));
        assertThat(sales.totals()).isEqualTo(new SalesFigures(4, 0, 0, 0, usd("165.00"), usd("9.55"), usd("0.00")));
    }

    @Test
    void checkedInCountsAdmittedAttendeesOnceAndTakesUndoneAdmissionsOff() {
        assertThat(figures(asOf("10:14:30"), VIP).checkedIn()).isEqualTo(1);
        assertThat(figures(asOf("10:15:30"), VIP).checkedIn()).isZero();
        assertThat(figures(asOf("10:16:30"), GA).checkedIn()).isEqualTo(1);
    }

    @Test
    void refundsAreSplitOverTheOrdersTicketTypesAndReturnedSeatsCountAsRefunded() {
        ShowSales partly = asOf("10:17:30");
        assertThat(figures(partly, GA).refunds()).isEqualTo(usd("14.29"));
        assertThat(figures(partly, VIP).refunds()).isEqualTo(usd("25.71"));

        ShowSales end = asOf("12:00:00");
        assertThat(figures(end, GA)).isEqualTo(new SalesFigures(1, 0, 2, 1, usd("75.00"), usd("4.05"), usd("53.06")));
        assertThat(figures(end, VIP)).isEqualTo(new SalesFigures(0, 0, 1, 0, usd("90.00"), usd("5.50"), usd("95.49")));
        assertThat(end.totals().refunds()).isEqualTo(usd("148.55"));
    }

    @Test
    void theOnSaleCurvePerMinuteAddsUpToTheAsOfFigures() {
        SalesSeries series = readModel.ask(new FindShowSalesSeriesQuery(SHOW, Duration.ofMinutes(1), at("10:00:00"),
                at("10:20:00")), ResponseTypes.optionalInstanceOf(SalesSeries.class)).orElseThrow();
        assertThat(series.intervals()).hasSize(20);
        SalesInterval tenOhFive = series.intervals().get(5);
        assertThat(tenOhFive.start()).isEqualTo(at("10:05:00"));
        assertThat(tenOhFive.sold()).isEqualTo(3);
        assertThat(tenOhFive.revenue()).isEqualTo(usd("140.00"));
        assertThat(series.intervals().get(19).sold()).isEqualTo(-3);
        SalesInterval last = series.intervals().getLast();
        assertThat(last.cumulativeSold()).isEqualTo(asOf("10:19:59").totals().sold());
        assertThat(last.cumulativeRevenue()).isEqualTo(usd("165.00"));
    }

    @Test
    void anHourlyCurveWithoutRangeSpansTheShowsLedger() {
        SalesSeries series = readModel.ask(new FindShowSalesSeriesQuery(SHOW, Duration.ofHours(1), null, null),
                ResponseTypes.optionalInstanceOf(SalesSeries.class)).orElseThrow();
        assertThat(series.from()).isEqualTo(at("10:00:00"));
        assertThat(series.intervals()).singleElement().satisfies(hour -> {
            assertThat(hour.sold()).isEqualTo(1);
            assertThat(hour.revenue()).isEqualTo(usd("165.00"));
        });
    }

    @Test
    void aShowTheLedgerDoesNotKnowHasNoAnswer() {
        assertThat(readModel.ask(new FindShowSalesQuery(new ShowId(UUID.randomUUID()), T0),
                ResponseTypes.optionalInstanceOf(ShowSales.class))).isEmpty();
    }

    @Test
    void redeliveryChangesNothing() {
        readModel.assertRedeliveryChangesNothing(TABLES, history.messages());
    }

    private EventStream sale() {
        EventStream h = new EventStream(T0);
        h.add("Show", SHOW, new ShowDraftCreatedEvent(SHOW, new ProducerId(id("ledger-producer")), new Slug("ledger-night"),
                new ShowDetails("Ledger Night", null, null, Instant.parse("2026-07-01T23:00:00Z"), null, "UTC", null,
                        null, null, null, null, null, null, null), "USD"));                                      // 10:00
        h.add("Show", SHOW, new TicketTypeAddedEvent(SHOW, GA, spec("General admission", "25.00")));             // 10:01
        h.add("Show", SHOW, new TicketTypeAddedEvent(SHOW, VIP, spec("VIP", "90.00")));                          // 10:02
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, FIRST, new OrderPricing(List.of(
                line(GA, 2, "25.00"), line(VIP, 1, "90.00")), null, usd("140.00"), usd("0.00"), usd("4.20"),
                usd("4.35"), true, usd("148.55")), PaymentMethod.STRIPE,
                T0.plusSeconds(1800), null, null));                                       // 10:03
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, EXPIRING, new OrderPricing(List.of(line(GA, 4, "25.00")),
                null, usd("100.00"), usd("0.00"), usd("3.00"), usd("3.20"), true, usd("106.20")), PaymentMethod.STRIPE, T0,
                null, null));           // 10:04
        h.add("Show", SHOW, new ReservationConfirmedEvent(SHOW, FIRST, List.of(seats(GA, 2), seats(VIP, 1)), false)); // 10:05
        h.add("Attendee", ADA, issued(ADA, FIRST, GA));                                                          // 10:06
        h.add("Attendee", GRACE, issued(GRACE, FIRST, GA));                                                      // 10:07
        h.add("Attendee", VIP_GUEST, issued(VIP_GUEST, FIRST, VIP));                                             // 10:08
        h.add("Show", SHOW, new ReservationReleasedEvent(SHOW, EXPIRING, List.of(seats(GA, 4)), "expired"));     // 10:09
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, LATER, new OrderPricing(List.of(line(GA, 1, "25.00")),
                null, usd("25.00"), usd("0.00"), usd("0.50"), usd("0.50"), true, usd("26.00")), PaymentMethod.STRIPE, T0,
                null, null));             // 10:10
        h.add("Show", SHOW, new ReservationConfirmedEvent(SHOW, LATER, List.of(), false));                       // 10:11
        h.add("Attendee", LATECOMER, issued(LATECOMER, LATER, GA));                                              // 10:12
        h.add("Attendee", ADA, new AttendeeAdmittedEvent(ADA, SHOW));                                            // 10:13
        h.add("Attendee", VIP_GUEST, new AttendeeAdmittedEvent(VIP_GUEST, SHOW));                                // 10:14
        h.add("Attendee", VIP_GUEST, new AdmissionUndoneEvent(VIP_GUEST, SHOW));                                 // 10:15
        h.add("Attendee", ADA, new AttendeeAdmittedEvent(ADA, SHOW));                                            // 10:16
        h.add("Order", FIRST, new OrderRefundedEvent(FIRST, id("refund-1"), usd("40.00"), usd("40.00"), false, "re_1")); // 10:17
        h.add("Order", FIRST, new OrderRefundedEvent(FIRST, id("refund-2"), usd("108.55"), usd("148.55"), true,
                "re_2"));                                                                                        // 10:18
        h.add("Show", SHOW, new TicketsReturnedEvent(SHOW, FIRST, List.of(seats(GA, 2), seats(VIP, 1))));       // 10:19
        return h;
    }

    private ShowSales asOf(String time) {
        return readModel.ask(new FindShowSalesQuery(SHOW, at(time)), ResponseTypes.optionalInstanceOf(ShowSales.class))
                .orElseThrow();
    }

    private static SalesFigures figures(ShowSales sales, TicketTypeId type) {
        return sales.ticketTypes().stream().filter(t -> t.ticketTypeId().equals(type.value())).findFirst()
                .map(TicketTypeSales::figures).orElseThrow();
    }

    private static SalesFigures tickets(int sold, int held, int refunded, int checkedIn) {
        return new SalesFigures(sold, held, refunded, checkedIn, usd("0.00"), usd("0.00"), usd("0.00"));
    }

    private static Instant at(String time) {
        return Instant.parse("2026-05-01T" + time + "Z");
    }

    private static TicketTypeSpec spec(String name, String price) {
        return new TicketTypeSpec(name, null, 100, usd(price), false, null, false);
    }

    private static LinePrice line(TicketTypeId type, int quantity, String price) {
        Money each = usd(price);
        return new LinePrice(type, "line", quantity, each, usd("0.00"), usd("0.00"), each.times(quantity), false);
    }

    private static ReservedSeats seats(TicketTypeId type, int quantity) {
        return new ReservedSeats(type, quantity);
    }

    private static TicketIssuedEvent issued(AttendeeId attendee, OrderId order, TicketTypeId type) {
        return new TicketIssuedEvent(attendee, order, SHOW, type, new AttendeeName("A", "B", "a@example.com"), false);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
