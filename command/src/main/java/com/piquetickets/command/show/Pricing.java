package com.piquetickets.command.show;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.FeeSchedule;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.show.DiscountKind;
import com.piquetickets.domain.show.TicketTypeId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an order is priced: a pure function of its lines, its promo code and the fee schedule. All amounts are exact
 * ({@link Money}); the only rounding is half-even to the cent, where a percentage is taken.
 *
 * <pre>
 * per ticket   price, donation (0 unless donation-based),
 *              discount = percentage: price x percent (rounded per ticket) | fixed amount: the amount;
 *                         at most the price, and only on lines the promo code applies to
 * line total   (price + donation - discount) x quantity
 * subtotal     sum of (price + donation) x quantity
 * discount     sum of discount x quantity
 * paid tickets tickets whose price + donation - discount is more than 0
 * each fee     percent x (subtotal - discount), rounded half-even, + fixed x paid tickets; no fees on a free order
 * total        subtotal - discount + (buyerPaysFees ? platform fee + processing fee : 0)
 * </pre>
 *
 * A discount never touches the donation: it is taken from the ticket price only.
 */
final class Pricing {

    private Pricing() {
    }

    /** One line to price; {@code donation} is zero for a type that takes none. */
    record Line(TicketTypeId ticketTypeId, String name, int quantity, Money price, Money donation, boolean vip,
                boolean discounted) {

        Line {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(donation, "donation");
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity must be at least 1");
            }
        }
    }

    /** A promo code's discount as the show defines it, under the code's own spelling. */
    record Discount(String code, DiscountKind kind, BigDecimal value) {
    }

    /**
     * Prices an order in {@code currency}. {@code discount} is null without a promo code. The schedule's fixed fees are
     * one figure for every currency: 0.30 means 0.30 of whatever the show sells in.
     */
    static OrderPricing price(String currency, List<Line> lines, Discount discount, FeeSchedule fees) {
        Money zero = Money.zero(currency);
        Money subtotal = zero;
        Money discountTotal = zero;
        Money payable = zero;
        int paidTickets = 0;
        List<LinePrice> priced = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Money perTicketDiscount = line.discounted() && discount != null ? discountPerTicket(line.price(), discount) : zero;
            Money perTicket = line.price().plus(line.donation()).minus(perTicketDiscount);
            Money lineTotal = perTicket.times(line.quantity());
            subtotal = subtotal.plus(line.price().plus(line.donation()).times(line.quantity()));
            discountTotal = discountTotal.plus(perTicketDiscount.times(line.quantity()));
            payable = payable.plus(lineTotal);
            if (perTicket.signum() > 0) {
                paidTickets += line.quantity();
            }
            priced.add(new LinePrice(line.ticketTypeId(), line.name(), line.quantity(), line.price(), line.donation(),
                    perTicketDiscount, lineTotal, line.vip()));
        }
        boolean free = payable.signum() == 0;
        Money platformFee = free ? zero : fee(payable, fees.platformPercent(), fees.platformFixedPerTicket(), paidTickets);
        Money processingFee = free ? zero
                : fee(payable, fees.processingPercent(), fees.processingFixedPerTicket(), paidTickets);
        Money total = fees.buyerPaysFees() ? payable.plus(platformFee).plus(processingFee) : payable;
        return new OrderPricing(priced, discount == null ? null : discount.code(), subtotal, discountTotal, platformFee,
                processingFee, fees.buyerPaysFees(), total);
    }

    /** A percentage of the ticket price rounded half-even to the cent, or the fixed amount; never more than the price. */
    static Money discountPerTicket(Money price, Discount discount) {
        Money off = discount.kind() == DiscountKind.PERCENTAGE
                ? price.percent(discount.value())
                : new Money(discount.value(), price.currency());
        return price.isLessThan(off) ? price : off;
    }

    private static Money fee(Money base, BigDecimal percent, Money fixedPerTicket, int paidTickets) {
        Money fee = percent == null ? Money.zero(base.currency()) : base.percent(percent);
        if (fixedPerTicket != null && fixedPerTicket.signum() != 0) {
            fee = fee.plus(new Money(fixedPerTicket.amount(), base.currency()).times(paidTickets));
        }
        return fee;
    }
}
