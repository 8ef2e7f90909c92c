package com.piquetickets.query;

import static com.piquetickets.query.ReadModelHarness.pageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.attendee.AttendeeView;
import com.piquetickets.domain.attendee.FindAttendeeQuery;
import com.piquetickets.domain.attendee.FindShowAttendeesQuery;
import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.attendee.TicketVoidedEvent;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.PageResult;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.email.EmailDeliveryFailedEvent;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.EmailQueuedEvent;
import com.piquetickets.domain.email.EmailSentEvent;
import com.piquetickets.domain.email.EmailStatus;
import com.piquetickets.domain.email.EmailView;
import com.piquetickets.domain.email.FindOrderEmailsQuery;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.CheckoutSessionCreatedEvent;
import com.piquetickets.domain.order.FindOrderQuery;
import com.piquetickets.domain.order.FindOrdersQuery;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderCompletedEvent;
import com.piquetickets.domain.order.OrderExpiredEvent;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderLineView;
import com.piquetickets.domain.order.OrderPlacedEvent;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.OrderRefundedEvent;
import com.piquetickets.domain.order.OrderRejectedEvent;
import com.piquetickets.domain.order.OrderReservedEvent;
import com.piquetickets.domain.order.OrderStatus;
import com.piquetickets.domain.order.OrderSummary;
import com.piquetickets.domain.order.OrderTotals;
import com.piquetickets.domain.order.OrderView;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.PaymentFailedEvent;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.order.PaymentView;
import com.piquetickets.domain.order.RefundRequestedEvent;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.FindShowQuery;
import com.piquetickets.domain.show.OfflinePaymentSetEvent;
import com.piquetickets.domain.show.PromoCodeAddedEvent;
import com.piquetickets.domain.show.PromoCodeSpec;
import com.piquetickets.domain.show.PromoCodeView;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.ShowVisibility;
import com.piquetickets.domain.show.TicketReservationRejectedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketTypeSpec;
import com.piquetickets.domain.show.TicketTypeView;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The checkout read model end to end inside this module: a recorded checkout history (a paid Stripe order with two
 * lines and a promo code, later refunded in part and then in full; a free order; an expired one; a late payment that
 * got its seats back; a rejected, a failed and a pending order; emails failing and sent) goes through every
 * projection, then the query handlers answer through a query bus. Runs on each database a subclass configures.
 */
@SpringBootTest(classes = QueryTestApplication.class)
abstract class CheckoutScenario {

    /** The tables the checkout touches, with the column that orders their rows. */
    static final Map<String, String> TABLES = Map.of("\"order\"", "id", "ticket_order", "id", "ticket_attendee", "id",
            "email_tracking", "id", "ticket_hold", "id", "ticket", "id", "ticket_promo_code", "id", "show", "id");

    static final ShowId SHOW = new ShowId(id("show-checkout"));
    static final ShowId ELSEWHERE = new ShowId(id("show-not-in-catalogue"));
    static final TicketTypeId GA = new TicketTypeId(id("ticket-checkout-ga"));
    static final TicketTypeId VIP = new TicketTypeId(id("ticket-checkout-vip"));
    static final TicketTypeId COMMUNITY = new TicketTypeId(id("ticket-checkout-free"));
    static final UUID SAVE10 = RowIds.promoCode(SHOW.value(), "SAVE10");

    static final OrderId PAID = new OrderId(id("order-paid"));
    static final OrderId FREE = new OrderId(id("order-free"));
    static final OrderId EXPIRED = new OrderId(id("order-expired"));
    static final OrderId LATE = new OrderId(id("order-late"));
    static final OrderId REJECTED = new OrderId(id("order-rejected"));
    static final OrderId FAILED = new OrderId(id("order-failed"));
    static final OrderId PENDING = new OrderId(id("order-pending"));
    static final OrderId ADA_ELSEWHERE = new OrderId(id("order-ada-elsewhere"));

    static final AttendeeId ADA_GA = new AttendeeId(id("attendee-ada-ga"));
    static final AttendeeId GRACE_GA = new AttendeeId(id("attendee-grace-ga"));
    static final AttendeeId ADA_VIP = new AttendeeId(id("attendee-ada-vip"));
    static final AttendeeId BOB = new AttendeeId(id("attendee-bob"));
    static final AttendeeId CAROL = new AttendeeId(id("attendee-carol"));
    static final AttendeeId EVE = new AttendeeId(id("attendee-eve"));

    static final EmailId CONFIRMATION = new EmailId(id("email-confirmation"));
    static final EmailId REFUND_NOTICE = new EmailId(id("email-refund-notice"));

    static final Buyer ADA = new Buyer("Ada", "Lovelace", "Ada@Example.com");

    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;

    private ReadModelHarness readModel;
    private EventStream history;
    /** Positions in the history: the events before them are the history up to that point. */
    private int afterExpiredOrderReserved;
    private int afterExpiredOrderReleased;
    private int afterPartialRefund;
    private Instant paidAt;
    private Instant latePaidAt;
    private Instant paidOrderPlacedAt;
    private Instant paidOrderLastChangeAt;
    private Instant confirmationSentAt;
    private Instant refundNoticeFailedAt;

    @BeforeEach
    void setUp() {
        readModel = new ReadModelHarness(context, transactionManager, jdbc, (message, handled) -> assertThat(handled)
                // Events no read model needs (a refund request) go nowhere.
                .as("projections handling %s", message.getPayloadType().getSimpleName()).isLessThanOrEqualTo(1));
        assertThat(readModel.projectionCount()).isEqualTo(ProcessingGroups.ALL.size());
        readModel.resetAll();
        history = history();
        readModel.replay(history.messages());
    }

    // ----------------------------------------------------------------------------------------------- orders

    @Test
    void aPaidOrderShowsItsLinesTotalsPaymentAndTickets() {
        OrderView order = order(PAID).orElseThrow();
        assertThat(order.showId()).isEqualTo(SHOW.value());
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.firstName()).isEqualTo("Ada");
        assertThat(order.email()).isEqualTo("Ada@Example.com");
        assertThat(order.promoCode()).isEqualTo("SAVE10");
        assertThat(order.lines()).containsExactly(
                new OrderLineView(RowIds.ticketOrder(PAID.value(), GA.value(), false), GA.value(), "General admission",
                        2, usd("25.00"), usd("0.00"), usd("2.50"), usd("45.00"), "SAVE10", false),
                new OrderLineView(RowIds.ticketOrder(PAID.value(), VIP.value(), true), VIP.value(), "VIP", 1,
                        usd("90.00"), usd("0.00"), usd("0.00"), usd("90.00"), null, true));
        assertThat(order.totals()).isEqualTo(new OrderTotals(usd("140.00"), usd("5.00"), usd("4.20"), usd("4.35"),
                usd("143.55"), usd("143.55"), true));
        assertThat(order.payment()).isEqualTo(new PaymentView(PaymentMethod.STRIPE, "cs_paid", "pi_paid", "ch_paid",
                "https://checkout.stripe.test/cs_paid", true));
        assertThat(order.timeOfPurchase()).isEqualTo(paidAt.atOffset(ZoneOffset.UTC));
        assertThat(order.expiresAt()).isEqualTo(OffsetDateTime.parse("2026-05-01T10:00:00Z"));
        assertThat(order.createdAt()).isEqualTo(paidOrderPlacedAt.atOffset(ZoneOffset.UTC));
        assertThat(order.updatedAt()).isEqualTo(paidOrderLastChangeAt.atOffset(ZoneOffset.UTC));
        assertThat(order.rejectionReason()).isNull();
        assertThat(order.attendees()).extracting(AttendeeView::uuid)
                .containsExactly(ADA_GA.value(), GRACE_GA.value(), ADA_VIP.value());
        assertThat(order.attendees()).allSatisfy(attendee -> assertThat(attendee.voided()).isTrue());
        assertThat(order.attendees().get(2).isVip()).isTrue();
    }

    @Test
    void aPartialRefundLeavesTheOrderPartlyRefundedUntilTheRest() {
        readModel.resetAll();
        readModel.replay(history.messages().subList(0, afterPartialRefund));
        OrderView order = order(PAID).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(order.totals().refunded()).isEqualTo(usd("40.00"));
        assertThat(order.attendees()).noneMatch(AttendeeView::voided);
        assertThat(ticketType(GA).sold()).isEqualTo(3);
    }

    @Test
    void aFreeOrderIsPaidAtOnceAndCompleted() {
        OrderView order = order(FREE).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.totals().total()).isEqualTo(usd("0.00"));
        assertThat(order.totals().buyerPaysFees()).isFalse();
        assertThat(order.payment()).isEqualTo(new PaymentView(PaymentMethod.FREE, null, null, null, null, true));
        assertThat(order.lines()).extracting(OrderLineView::quantity, OrderLineView::totalPrice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, usd("0.00")));
        assertThat(order.attendees()).extracting(AttendeeView::lastName).containsExactly("Zed", "adams");
    }

    @Test
    void anExpiredOrderWasNeverPaid() {
        OrderView order = order(EXPIRED).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(order.payment().success()).isFalse();
        assertThat(order.payment().sessionId()).isEqualTo("cs_expired");
        assertThat(order.timeOfPurchase()).isNull();
        assertThat(order.attendees()).isEmpty();
    }

    @Test
    void aLatePaymentThatGotItsSeatsBackCompletesTheOrder() {
        OrderView order = order(LATE).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order.payment().success()).isTrue();
        assertThat(order.timeOfPurchase()).isEqualTo(latePaidAt.atOffset(ZoneOffset.UTC));
        assertThat(order.attendees()).extracting(AttendeeView::uuid).containsExactly(EVE.value());
    }

    @Test
    void aRejectedOrderHasItsReasonAndNoPrice() {
        OrderView order = order(REJECTED).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.rejectionReason()).isEqualTo("sold-out");
        assertThat(order.totals()).isNull();
        assertThat(order.payment().method()).isEqualTo(PaymentMethod.STRIPE);
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(20);
            assertThat(line.pricePerTicket()).isNull();
            assertThat(line.ticketTypeName()).isNull();
        });
        assertThat(order(FAILED)).get().extracting(OrderView::status).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order(PENDING)).get().extracting(OrderView::status).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order(new OrderId(id("no-such-order")))).isEmpty();
    }

    @Test
    void ordersAreListedNewestFirstByShowAndEmailIgnoringCase() {
        PageResult<OrderSummary> show = orders(null, SHOW.value(), PageRequest.first());
        assertThat(show.items()).extracting(OrderSummary::id).containsExactly(PENDING.value(), FAILED.value(),
                REJECTED.value(), LATE.value(), EXPIRED.value(), FREE.value(), PAID.value());
        assertThat(show.totalElements()).isEqualTo(7);

        OrderSummary paid = show.items().getLast();
        assertThat(paid.ticketCount()).isEqualTo(3);
        assertThat(paid.total()).isEqualTo(usd("143.55"));
        assertThat(paid.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(paid.timeOfPurchase()).isEqualTo(paidAt.atOffset(ZoneOffset.UTC));
        assertThat(show.items().get(2).total()).as("not priced").isNull();

        assertThat(orders(" ada@EXAMPLE.com ", null, null).items()).extracting(OrderSummary::id)
                .containsExactly(ADA_ELSEWHERE.value(), PAID.value());
        assertThat(orders("ADA@example.com", SHOW.value(), null).items()).extracting(OrderSummary::id)
                .containsExactly(PAID.value());
        assertThat(orders(null, null, null).totalElements()).isEqualTo(8);

        PageResult<OrderSummary> second = orders(null, SHOW.value(), new PageRequest(1, 3));
        assertThat(second.items()).extracting(OrderSummary::id)
                .containsExactly(LATE.value(), EXPIRED.value(), FREE.value());
        assertThat(second.totalPages()).isEqualTo(3);
    }

    // ----------------------------------------------------------------------------------------------- attendees

    @Test
    void aTicketIsFoundByItsUuidVoidedOrNot() {
        AttendeeView carol = attendee(CAROL.value()).orElseThrow();
        assertThat(carol).isEqualTo(new AttendeeView(CAROL.value(), FREE.value(), SHOW.value(), COMMUNITY.value(),
                "Carol", "adams", "carol@example.com", false, false, false, null, carol.issuedAt()));
        assertThat(carol.issuedAt()).isNotNull();
        assertThat(attendee(ADA_VIP.value())).get().extracting(AttendeeView::voided).isEqualTo(true);
        assertThat(attendee(id("no-such-ticket"))).isEmpty();
    }

    @Test
    void theDoorListIsByLastThenFirstNameWithoutVoidedTicketsUnlessAsked() {
        PageResult<AttendeeView> valid = attendees(false, PageRequest.first());
        assertThat(valid.items()).extracting(AttendeeView::uuid)
                .containsExactly(CAROL.value(), EVE.value(), BOB.value());
        assertThat(valid.totalElements()).isEqualTo(3);

        PageResult<AttendeeView> all = attendees(true, PageRequest.first());
        assertThat(all.items()).extracting(AttendeeView::lastName)
                .containsExactly("adams", "Baker", "Hopper", "Lovelace", "Lovelace", "Zed");
        assertThat(all.items().subList(3, 5)).extracting(AttendeeView::uuid)
                .containsExactlyInAnyOrder(ADA_GA.value(), ADA_VIP.value());

        PageResult<AttendeeView> second = attendees(false, new PageRequest(1, 2));
        assertThat(second.items()).extracting(AttendeeView::uuid).containsExactly(BOB.value());
        assertThat(second.totalElements()).isEqualTo(3);
    }

    // ----------------------------------------------------------------------------------------------- emails

    @Test
    void anOrdersEmailsAreListedOldestFirstWithTheirDeliveryHistory() {
        List<EmailView> emails = emails(PAID.value());
        assertThat(emails).extracting(EmailView::id).containsExactly(CONFIRMATION.value(), REFUND_NOTICE.value());

        EmailView confirmation = emails.getFirst();
        assertThat(confirmation.purpose()).isEqualTo(EmailPurpose.ORDER_CONFIRMATION);
        assertThat(confirmation.status()).isEqualTo(EmailStatus.SENT);
        assertThat(confirmation.attempts()).isEqualTo(2);
        assertThat(confirmation.errorMessage()).isEqualTo("454 Throttling failure");
        assertThat(confirmation.messageId()).isEqualTo("ses-0001");
        assertThat(confirmation.sentAt()).isEqualTo(confirmationSentAt.atOffset(ZoneOffset.UTC));
        assertThat(confirmation.recipient()).isEqualTo("Ada@Example.com");
        assertThat(confirmation.fromEmail()).isEqualTo("tickets@piquetickets.test");
        assertThat(confirmation.htmlBody()).isEqualTo("<p>Your tickets</p>");
        assertThat(confirmation.body()).isEqualTo("Your tickets");

        EmailView notice = emails.getLast();
        assertThat(notice.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(notice.attempts()).isEqualTo(3);
        assertThat(notice.failedAt()).isEqualTo(refundNoticeFailedAt.atOffset(ZoneOffset.UTC));
        assertThat(notice.sentAt()).isNull();

        assertThat(emails(FREE.value())).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- the show

    @Test
    void theShowCountsHeldAndSoldSeatsAndPromoCodeUses() {
        ShowView show = show();
        assertThat(show.offlinePaymentEnabled()).isTrue();
        assertThat(show.ticketTypes()).extracting(TicketTypeView::id, TicketTypeView::held, TicketTypeView::sold,
                TicketTypeView::remaining).containsExactly(
                org.assertj.core.groups.Tuple.tuple(GA.value(), 4, 1, 95),
                org.assertj.core.groups.Tuple.tuple(VIP.value(), 0, 0, 10),
                org.assertj.core.groups.Tuple.tuple(COMMUNITY.value(), 0, 2, 18));
        assertThat(show.promoCodes()).extracting(PromoCodeView::code, PromoCodeView::uses)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SAVE10", 2));
    }

    @Test
    void aReleasedHoldGivesItsSeatsAndPromoCodeUseBack() {
        readModel.resetAll();
        readModel.replay(history.messages().subList(0, afterExpiredOrderReserved));
        assertThat(ticketType(GA).held()).isEqualTo(3);
        assertThat(promoCodeUses()).isEqualTo(2);

        readModel.replay(history.messages().subList(afterExpiredOrderReserved, afterExpiredOrderReleased));
        assertThat(ticketType(GA).held()).isZero();
        assertThat(promoCodeUses()).isEqualTo(1);
    }

    @Test
    void theSalesLedgerAfterTheLastEventAgreesWithTheTicketCounts() {
        com.piquetickets.domain.analytics.ShowSales sales = readModel.ask(
                new com.piquetickets.domain.analytics.FindShowSalesQuery(SHOW, history.lastTimestamp()),
                ResponseTypes.optionalInstanceOf(com.piquetickets.domain.analytics.ShowSales.class)).orElseThrow();
        Map<UUID, int[]> ledger = new java.util.HashMap<>();
        sales.ticketTypes().forEach(type -> ledger.put(type.ticketTypeId(),
                new int[]{type.figures().sold(), type.figures().held()}));
        List<Map<String, Object>> tickets = jdbc.queryForList("select id, sold, held from ticket where show_id = ?",
                SHOW.value());
        assertThat(tickets).isNotEmpty().allSatisfy(ticket -> assertThat(ledger.get((UUID) ticket.get("id")))
                .as("sold and held of %s", ticket.get("id"))
                .containsExactly(((Number) ticket.get("sold")).intValue(), ((Number) ticket.get("held")).intValue()));
    }

    // ----------------------------------------------------------------------------------------------- rows

    @Test
    void rowsFollowTheSchema() {
        Map<String, Object> paid = jdbc.queryForMap("select * from \"order\" where id = ?", PAID.value());
        assertThat(paid.get("session_id")).isEqualTo("cs_paid");
        assertThat(paid.get("payment_intent_id")).isEqualTo("pi_paid");
        assertThat(paid.get("charge_id")).isEqualTo("ch_paid");
        assertThat(paid.get("success")).isEqualTo(true);
        assertThat(paid.get("promo_code_id")).isEqualTo(SAVE10);
        assertThat((BigDecimal) paid.get("total")).isEqualByComparingTo("143.55");
        assertThat((BigDecimal) paid.get("promo_code_discount")).isEqualByComparingTo("5.00");
        assertThat(paid.get("currency")).isEqualTo("USD");
        assertThat(paid.get("status")).isEqualTo("REFUNDED");
        assertThat(instant(paid.get("time_of_purchase"))).isEqualTo(paidAt);

        assertThat(jdbc.queryForObject("select ticket_order_id from ticket_attendee where id = ?", UUID.class,
                ADA_VIP.value())).isEqualTo(jdbc.queryForObject(
                "select id from ticket_order where order_id = ? and ticket_id = ? and is_vip", UUID.class,
                PAID.value(), VIP.value()));
        assertThat(jdbc.queryForObject("select count(*) from ticket_attendee where id <> uuid", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ticket_order where id <> uuid", Integer.class)).isZero();
        assertThat(jdbc.queryForList("select state from ticket_hold where order_id = ? order by ticket_type_id",
                String.class, PAID.value())).containsExactly("RETURNED", "RETURNED");
        assertThat(jdbc.queryForObject("select state from ticket_hold where order_id = ?", String.class,
                LATE.value())).isEqualTo("SOLD");
        assertThat(jdbc.queryForObject("select state from ticket_hold where order_id = ?", String.class,
                EXPIRED.value())).isEqualTo("RELEASED");
        assertThat(jdbc.queryForObject("select count(*) from ticket_hold where order_id = ?", Integer.class,
                ADA_ELSEWHERE.value())).as("a show that is not in the catalogue").isZero();
        assertThat(jdbc.queryForObject("select delivered_at from email_tracking where id = ?", Object.class,
                CONFIRMATION.value())).isNull();
    }

    @Test
    void aReplayRebuildsIdenticalRows() {
        Map<String, List<Map<String, Object>>> before = readModel.snapshot(TABLES);
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        readModel.resetAll();
        assertThat(readModel.snapshot(TABLES).values()).allSatisfy(rows -> assertThat(rows).isEmpty());

        readModel.replay(history.messages());
        assertThat(readModel.snapshot(TABLES)).isEqualTo(before);
    }

    @Test
    void redeliveredEventsChangeNothingNotEvenTheCounters() {
        readModel.assertRedeliveryChangesNothing(TABLES, history.messages());
        assertThat(ticketType(GA).sold()).isEqualTo(1);
        assertThat(promoCodeUses()).isEqualTo(2);
    }

    // ----------------------------------------------------------------------------------------------- history

    private EventStream history() {
        EventStream h = new EventStream(Instant.parse("2026-05-01T09:00:00Z"));
        h.add("Show", SHOW, new ShowDraftCreatedEvent(SHOW, new ProducerId(id("producer-checkout")),
                new Slug("checkout-night"), new ShowDetails("Checkout Night", null, null,
                Instant.parse("2026-07-01T23:00:00Z"), null, "America/New_York", null, null, null, null, null, null,
                null, null), "USD"));
        h.add("Show", SHOW, new TicketTypeAddedEvent(SHOW, GA, ticket("General admission", 100, "25.00", false)));
        h.add("Show", SHOW, new TicketTypeAddedEvent(SHOW, VIP, ticket("VIP", 10, "90.00", true)));
        h.add("Show", SHOW, new TicketTypeAddedEvent(SHOW, COMMUNITY, ticket("Community", 20, "0.00", false)));
        h.add("Show", SHOW, new PromoCodeAddedEvent(SHOW, new PromoCodeSpec("SAVE10", DiscountKind.PERCENTAGE,
                new BigDecimal("10"), null, null, null, Set.of(GA))));
        h.add("Show", SHOW, new ShowPublishedEvent(SHOW));
        h.add("Show", SHOW, new OfflinePaymentSetEvent(SHOW, true));

        // A Stripe order with two lines and a promo code; paid, ticketed, emailed, later refunded in two steps.
        h.add("Order", PAID, new OrderPlacedEvent(PAID, SHOW, ADA, List.of(
                new OrderLine(GA, 2, null, false, List.of(new AttendeeName("Grace", "Hopper", "grace@example.com"))),
                new OrderLine(VIP, 1, null, true, List.of())), "save10", PaymentMethod.STRIPE));
        paidOrderPlacedAt = h.lastTimestamp();
        OrderPricing paidPricing = new OrderPricing(List.of(
                new LinePrice(GA, "General admission", 2, usd("25.00"), usd("0.00"), usd("2.50"), usd("45.00"), false),
                new LinePrice(VIP, "VIP", 1, usd("90.00"), usd("0.00"), usd("0.00"), usd("90.00"), true)),
                "SAVE10", usd("140.00"), usd("5.00"), usd("4.20"), usd("4.35"), true, usd("143.55"));
        Instant holdExpiresAt = Instant.parse("2026-05-01T10:00:00Z");
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, PAID, paidPricing, PaymentMethod.STRIPE,
                holdExpiresAt, null, null));
        h.add("Order", PAID, new OrderReservedEvent(PAID, paidPricing, holdExpiresAt, PaymentMethod.STRIPE, null));
        h.add("Order", PAID, new CheckoutSessionCreatedEvent(PAID, "cs_paid", "https://checkout.stripe.test/cs_paid",
                holdExpiresAt));
        h.add("Order", PAID, new PaymentConfirmedEvent(PAID, PaymentMethod.STRIPE, usd("143.55"),
                new PaymentReference("cs_paid", "pi_paid", "ch_paid", null), false, SHOW, null, null, null));
        paidAt = h.lastTimestamp();
        List<ReservedSeats> paidSeats = List.of(new ReservedSeats(GA, 2), new ReservedSeats(VIP, 1));
        h.add("Show", SHOW, new ReservationConfirmedEvent(SHOW, PAID, paidSeats, false));
        h.add("Attendee", ADA_GA, new TicketIssuedEvent(ADA_GA, PAID, SHOW, GA,
                new AttendeeName("Ada", "Lovelace", "Ada@Example.com"), false));
        h.add("Attendee", GRACE_GA, new TicketIssuedEvent(GRACE_GA, PAID, SHOW, GA,
                new AttendeeName("Grace", "Hopper", "grace@example.com"), false));
        h.add("Attendee", ADA_VIP, new TicketIssuedEvent(ADA_VIP, PAID, SHOW, VIP,
                new AttendeeName("Ada", "Lovelace", "Ada@Example.com"), true));
        h.add("Order", PAID, new OrderCompletedEvent(PAID, List.of(ADA_GA, GRACE_GA, ADA_VIP)));
        h.add("Email", CONFIRMATION, new EmailQueuedEvent(CONFIRMATION, EmailPurpose.ORDER_CONFIRMATION, PAID,
                new EmailMessage("tickets@piquetickets.test", "Ada@Example.com", "Your tickets", "Your tickets",
                        "<p>Your tickets</p>")));
        h.add("Email", CONFIRMATION, new EmailDeliveryFailedEvent(CONFIRMATION, 1, "454 Throttling failure",
                Instant.parse("2026-05-01T09:30:00Z")));
        h.add("Email", CONFIRMATION, new EmailSentEvent(CONFIRMATION, "ses-0001"));
        confirmationSentAt = h.lastTimestamp();

        // A free order: confirmed at once.
        h.add("Order", FREE, new OrderPlacedEvent(FREE, SHOW, new Buyer("Bob", "Zed", "bob@example.com"),
                List.of(new OrderLine(COMMUNITY, 2, null, false, List.of())), null, null));
        OrderPricing freePricing = new OrderPricing(List.of(new LinePrice(COMMUNITY, "Community", 2, usd("0.00"),
                usd("0.00"), usd("0.00"), usd("0.00"), false)), null, usd("0.00"), usd("0.00"), usd("0.00"),
                usd("0.00"), false, usd("0.00"));
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, FREE, freePricing, PaymentMethod.FREE,
                holdExpiresAt, null, null));
        h.add("Order", FREE, new OrderReservedEvent(FREE, freePricing, holdExpiresAt, PaymentMethod.FREE, null));
        h.add("Order", FREE, new PaymentConfirmedEvent(FREE, PaymentMethod.FREE, usd("0.00"),
                null, false, SHOW, null, null, null));
        h.add("Show", SHOW, new ReservationConfirmedEvent(SHOW, FREE, List.of(new ReservedSeats(COMMUNITY, 2)), false));
        h.add("Attendee", BOB, new TicketIssuedEvent(BOB, FREE, SHOW, COMMUNITY,
                new AttendeeName("Bob", "Zed", "bob@example.com"), false));
        h.add("Attendee", CAROL, new TicketIssuedEvent(CAROL, FREE, SHOW, COMMUNITY,
                new AttendeeName("Carol", "adams", "carol@example.com"), false));
        h.add("Order", FREE, new OrderCompletedEvent(FREE, List.of(BOB, CAROL)));

        // An order that expired unpaid: its seats and its promo code use go back.
        h.add("Order", EXPIRED, new OrderPlacedEvent(EXPIRED, SHOW, new Buyer("Dan", "Brown", "dan@example.com"),
                List.of(new OrderLine(GA, 3, null, false, List.of())), "SAVE10", PaymentMethod.STRIPE));
        OrderPricing expiredPricing = gaPricing(3);
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, EXPIRED, expiredPricing, PaymentMethod.STRIPE,
                holdExpiresAt, null, null));
        afterExpiredOrderReserved = h.messages().size();
        h.add("Order", EXPIRED, new OrderReservedEvent(EXPIRED, expiredPricing, holdExpiresAt,
                PaymentMethod.STRIPE, null));
        h.add("Order", EXPIRED, new CheckoutSessionCreatedEvent(EXPIRED, "cs_expired",
                "https://checkout.stripe.test/cs_expired", holdExpiresAt));
        h.add("Order", EXPIRED, new OrderExpiredEvent(EXPIRED));
        h.add("Show", SHOW, new ReservationReleasedEvent(SHOW, EXPIRED, List.of(new ReservedSeats(GA, 3)), "expired"));
        afterExpiredOrderReleased = h.messages().size();

        // A payment that came after the hold expired; the seats were still free and were taken again.
        h.add("Order", LATE, new OrderPlacedEvent(LATE, SHOW, new Buyer("Eve", "Baker", "eve@example.com"),
                List.of(new OrderLine(GA, 1, null, false, List.of())), "SAVE10", null));
        OrderPricing latePricing = gaPricing(1);
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, LATE, latePricing, PaymentMethod.STRIPE,
                holdExpiresAt, null, null));
        h.add("Order", LATE, new OrderReservedEvent(LATE, latePricing, holdExpiresAt, PaymentMethod.STRIPE, null));
        h.add("Order", LATE, new CheckoutSessionCreatedEvent(LATE, "cs_late", "https://checkout.stripe.test/cs_late",
                holdExpiresAt));
        h.add("Order", LATE, new OrderExpiredEvent(LATE));
        h.add("Show", SHOW, new ReservationReleasedEvent(SHOW, LATE, List.of(new ReservedSeats(GA, 1)), "expired"));
        h.add("Order", LATE, new PaymentConfirmedEvent(LATE, PaymentMethod.STRIPE, usd("24.54"),
                new PaymentReference("cs_late", "pi_late", "ch_late", null), true, SHOW, null, null, null));
        latePaidAt = h.lastTimestamp();
        h.add("Show", SHOW, new ReservationConfirmedEvent(SHOW, LATE, List.of(new ReservedSeats(GA, 1)), true));
        h.add("Attendee", EVE, new TicketIssuedEvent(EVE, LATE, SHOW, GA,
                new AttendeeName("Eve", "Baker", "eve@example.com"), false));
        h.add("Order", LATE, new OrderCompletedEvent(LATE, List.of(EVE)));

        // Refused by the show; failed at Stripe; still waiting for payment; and Ada again, at another show.
        h.add("Order", REJECTED, new OrderPlacedEvent(REJECTED, SHOW, new Buyer("Finn", "Cole", "finn@example.com"),
                List.of(new OrderLine(VIP, 20, null, true, List.of())), null, PaymentMethod.STRIPE));
        h.add("Show", SHOW, new TicketReservationRejectedEvent(SHOW, REJECTED, ReservationRejection.SOLD_OUT,
                "only 10 left"));
        h.add("Order", REJECTED, new OrderRejectedEvent(REJECTED, "sold-out", "only 10 left"));
        h.add("Order", FAILED, new OrderPlacedEvent(FAILED, SHOW, new Buyer("Gus", "Hale", "gus@example.com"),
                List.of(new OrderLine(VIP, 1, null, true, List.of())), null, PaymentMethod.STRIPE));
        OrderPricing failedPricing = new OrderPricing(List.of(new LinePrice(VIP, "VIP", 1, usd("90.00"), usd("0.00"),
                usd("0.00"), usd("90.00"), true)), null, usd("90.00"), usd("0.00"), usd("2.70"), usd("2.91"), true,
                usd("95.61"));
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, FAILED, failedPricing, PaymentMethod.STRIPE,
                holdExpiresAt, null, null));
        h.add("Order", FAILED, new OrderReservedEvent(FAILED, failedPricing, holdExpiresAt,
                PaymentMethod.STRIPE, null));
        h.add("Order", FAILED, new PaymentFailedEvent(FAILED, "card_declined"));
        h.add("Show", SHOW, new ReservationReleasedEvent(SHOW, FAILED, List.of(), "payment-failed"));
        h.add("Order", PENDING, new OrderPlacedEvent(PENDING, SHOW, new Buyer("Hal", "Ives", "hal@example.com"),
                List.of(new OrderLine(GA, 4, null, false, List.of())), null, PaymentMethod.OFFLINE));
        OrderPricing pendingPricing = new OrderPricing(List.of(new LinePrice(GA, "General admission", 4, usd("25.00"),
                usd("0.00"), usd("0.00"), usd("100.00"), false)), null, usd("100.00"), usd("0.00"), usd("3.00"),
                usd("0.00"), false, usd("100.00"));
        h.add("Show", SHOW, new TicketsReservedEvent(SHOW, PENDING, pendingPricing, PaymentMethod.OFFLINE,
                holdExpiresAt, null, null));
        h.add("Order", PENDING, new OrderReservedEvent(PENDING, pendingPricing, holdExpiresAt, PaymentMethod.OFFLINE, null));
        h.add("Order", ADA_ELSEWHERE, new OrderPlacedEvent(ADA_ELSEWHERE, ELSEWHERE, new Buyer("Ada", "Lovelace",
                "ada@example.com"), List.of(new OrderLine(new TicketTypeId(id("ticket-elsewhere")), 1, null, false,
                List.of())), null, null));
        OrderPricing elsewherePricing = new OrderPricing(List.of(new LinePrice(new TicketTypeId(id("ticket-elsewhere")),
                "Entry", 1, usd("10.00"), usd("0.00"), usd("0.00"), usd("10.00"), false)), null, usd("10.00"),
                usd("0.00"), usd("0.30"), usd("0.59"), true, usd("10.89"));
        h.add("Show", ELSEWHERE, new TicketsReservedEvent(ELSEWHERE, ADA_ELSEWHERE, elsewherePricing, PaymentMethod.STRIPE,
                holdExpiresAt, null, null));
        h.add("Order", ADA_ELSEWHERE, new OrderReservedEvent(ADA_ELSEWHERE, elsewherePricing, holdExpiresAt,
                PaymentMethod.STRIPE, null));

        // The paid order is refunded: part of it, then the rest; its tickets are voided and its seats returned.
        h.add("Order", PAID, new RefundRequestedEvent(PAID, id("refund-1"), usd("40.00"), "one guest cannot come",
                false, false, SHOW, PaymentMethod.STRIPE, "pi_paid", List.of()));
        h.add("Order", PAID, new OrderRefundedEvent(PAID, id("refund-1"), usd("40.00"), usd("40.00"), false, "re_1"));
        afterPartialRefund = h.messages().size();
        h.add("Order", PAID, new RefundRequestedEvent(PAID, id("refund-2"), usd("103.55"), "show moved", true, false,
                SHOW, PaymentMethod.STRIPE, "pi_paid", List.of(ADA_GA, GRACE_GA, ADA_VIP)));
        h.add("Order", PAID, new OrderRefundedEvent(PAID, id("refund-2"), usd("103.55"), usd("143.55"), true, "re_2"));
        paidOrderLastChangeAt = h.lastTimestamp();
        for (AttendeeId ticket : List.of(ADA_GA, GRACE_GA, ADA_VIP)) {
            h.add("Attendee", ticket, new TicketVoidedEvent(ticket, PAID, "refunded"));
        }
        h.add("Show", SHOW, new TicketsReturnedEvent(SHOW, PAID, paidSeats));
        h.add("Email", REFUND_NOTICE, new EmailQueuedEvent(REFUND_NOTICE, EmailPurpose.REFUND_NOTICE, PAID,
                new EmailMessage("tickets@piquetickets.test", "Ada@Example.com", "Your refund", "Refunded",
                        "<p>Refunded</p>")));
        h.add("Email", REFUND_NOTICE, new EmailDeliveryFailedEvent(REFUND_NOTICE, 1, "421 try later",
                Instant.parse("2026-05-02T00:00:00Z")));
        h.add("Email", REFUND_NOTICE, new EmailDeliveryFailedEvent(REFUND_NOTICE, 3, "550 mailbox unavailable", null));
        refundNoticeFailedAt = h.lastTimestamp();
        return h;
    }

    private static OrderPricing gaPricing(int quantity) {
        Money total = usd("22.50").times(quantity);
        return new OrderPricing(List.of(new LinePrice(GA, "General admission", quantity, usd("25.00"), usd("0.00"),
                usd("2.50"), total, false)), "SAVE10", usd("25.00").times(quantity), usd("2.50").times(quantity),
                usd("0.68"), usd("1.36"), true, total.plus(usd("2.04")));
    }

    private static TicketTypeSpec ticket(String name, int quantity, String price, boolean vip) {
        return new TicketTypeSpec(name, null, quantity, usd(price), false, null, vip);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    // ----------------------------------------------------------------------------------------------- plumbing





    private Optional<OrderView> order(OrderId orderId) {
        return ask(new FindOrderQuery(orderId), ResponseTypes.optionalInstanceOf(OrderView.class));
    }

    private PageResult<OrderSummary> orders(String email, UUID showId, PageRequest page) {
        return ask(new FindOrdersQuery(email, showId, page), pageOf(OrderSummary.class));
    }

    private Optional<AttendeeView> attendee(UUID uuid) {
        return ask(new FindAttendeeQuery(uuid), ResponseTypes.optionalInstanceOf(AttendeeView.class));
    }

    private PageResult<AttendeeView> attendees(boolean includeVoided, PageRequest page) {
        return ask(new FindShowAttendeesQuery(SHOW.value(), includeVoided, page), pageOf(AttendeeView.class));
    }

    private List<EmailView> emails(UUID orderId) {
        return ask(new FindOrderEmailsQuery(orderId), ResponseTypes.multipleInstancesOf(EmailView.class));
    }

    private ShowView show() {
        return ask(new FindShowQuery(SHOW.toString(), ShowVisibility.MANAGEMENT),
                ResponseTypes.optionalInstanceOf(ShowView.class)).orElseThrow();
    }

    private TicketTypeView ticketType(TicketTypeId ticketTypeId) {
        return show().ticketTypes().stream().filter(t -> t.id().equals(ticketTypeId.value())).findFirst().orElseThrow();
    }

    private int promoCodeUses() {
        return jdbc.queryForObject("select uses from ticket_promo_code where id = ?", Integer.class, SAVE10);
    }



    private static Instant instant(Object timestamp) {
        return switch (timestamp) {
            case OffsetDateTime odt -> odt.toInstant();
            case java.sql.Timestamp ts -> ts.toInstant();
            case Instant i -> i;
            default -> throw new IllegalArgumentException("not a timestamp: " + timestamp.getClass());
        };
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private <R> R ask(Object query, ResponseType<R> responseType) {
        return readModel.ask(query, responseType);
    }
}
