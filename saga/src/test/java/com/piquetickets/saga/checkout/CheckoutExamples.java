package com.piquetickets.saga.checkout;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.AttendeeName;
import com.piquetickets.domain.order.Buyer;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.order.OrderLine;
import com.piquetickets.domain.order.OrderPlacedEvent;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.PaymentReference;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.TicketTypeId;
import com.piquetickets.domain.show.TicketsReservedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One order, as the checkout tests use it: two general-admission seats (one named) and a VIP seat with a donation. */
public final class CheckoutExamples {

    public static final Instant T0 = Instant.parse("2026-03-01T18:00:00Z");
    public static final OrderId ORDER = OrderId.of("6f1c7a52-0c4e-4d7e-9a51-3f0f4b1d2a01");
    public static final ShowId SHOW = ShowId.of("0b7f6a3e-5d1c-4a8e-8f2b-1c9d0e7a6b02");
    public static final TicketTypeId GENERAL = TicketTypeId.of("a1b2c3d4-0000-4000-8000-000000000001");
    public static final TicketTypeId VIP = TicketTypeId.of("a1b2c3d4-0000-4000-8000-000000000002");
    public static final Buyer BUYER = new Buyer("Ada", "Lovelace", "ada@example.com");
    public static final AttendeeName GRACE = new AttendeeName("Grace", "Hopper", "grace@example.com");
    public static final AttendeeName BUYER_AS_ATTENDEE = new AttendeeName("Ada", "Lovelace", "ada@example.com");
    public static final String PROMO = "SPRING";

    public static final List<OrderLine> LINES = List.of(
            new OrderLine(GENERAL, 2, null, false, List.of(GRACE)),
            new OrderLine(VIP, 1, usd("5.00"), true, List.of()));

    /** 2 x (25.00 - 2.50) + 1 x (60.00 + 5.00) = 110.00, plus 6.60 fees the buyer pays. */
    public static final OrderPricing PAID = new OrderPricing(
            List.of(new LinePrice(GENERAL, "General admission", 2, usd("25.00"), usd("0.00"), usd("2.50"), usd("45.00"),
                            false),
                    new LinePrice(VIP, "VIP", 1, usd("60.00"), usd("5.00"), usd("0.00"), usd("65.00"), true)),
            PROMO, usd("115.00"), usd("5.00"), usd("3.00"), usd("3.60"), true, usd("116.60"));

    public static final OrderPricing FREE = new OrderPricing(
            List.of(new LinePrice(GENERAL, "General admission", 2, usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"),
                            false),
                    new LinePrice(VIP, "VIP", 1, usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), true)),
            PROMO, usd("0.00"), usd("0.00"), usd("0.00"), usd("0.00"), true, usd("0.00"));

    public static final List<ReservedSeats> SEATS = List.of(new ReservedSeats(GENERAL, 2), new ReservedSeats(VIP, 1));

    private CheckoutExamples() {
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static PaymentConfirmedEvent paidByStripe(boolean afterExpiry) {
        return new PaymentConfirmedEvent(ORDER, PaymentMethod.STRIPE, usd("116.60"),
                new PaymentReference("cs_test_1", "pi_test_1", "ch_test_1", null), afterExpiry, SHOW, BUYER, LINES, PAID);
    }

    static PaymentConfirmedEvent free() {
        return new PaymentConfirmedEvent(ORDER, PaymentMethod.FREE, usd("0.00"), null, false, SHOW, BUYER, LINES, FREE);
    }
}
