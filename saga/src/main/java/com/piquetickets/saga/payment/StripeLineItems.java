package com.piquetickets.saga.payment;

import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.saga.payment.StripeGateway.LineItem;
import java.util.ArrayList;
import java.util.List;

/** What a Stripe Checkout Session lists for a priced order: a line per ticket type, and the booking fees when the buyer pays them. */
final class StripeLineItems {

    static final String BOOKING_FEES = "Booking fees";

    private StripeLineItems() {
    }

    static List<LineItem> of(OrderPricing pricing) {
        List<LineItem> items = new ArrayList<>();
        for (LinePrice line : pricing.lines()) {
            if (line.quantity() <= 0) {
                continue;
            }
            Money perTicket = line.pricePerTicket();
            if (line.donationPerTicket() != null) {
                perTicket = perTicket.plus(line.donationPerTicket());
            }
            if (line.discountPerTicket() != null) {
                perTicket = perTicket.minus(line.discountPerTicket());
            }
            items.add(new LineItem(line.ticketTypeName(), minorUnits(perTicket), line.quantity()));
        }
        if (pricing.buyerPaysFees()) {
            Money fees = pricing.platformFee().plus(pricing.processingFee());
            if (fees.signum() > 0) {
                items.add(new LineItem(BOOKING_FEES, minorUnits(fees), 1));
            }
        }
        return List.copyOf(items);
    }

    static long totalMinor(List<LineItem> items) {
        return items.stream().mapToLong(i -> i.unitAmountMinor() * i.quantity()).sum();
    }

    /**
     * What the platform keeps of a destination charge, in minor units: the platform fee and the processing fee (on a
     * destination charge Stripe takes its processing fee from the platform's balance, so the processing fee the order
     * charges belongs to the platform too). Never more than the total: with the buyer not paying the fees, the fees of a
     * very cheap order could exceed what is charged.
     */
    static long applicationFeeMinor(OrderPricing pricing) {
        long fees = minorUnits(pricing.platformFee().plus(pricing.processingFee()));
        return Math.min(fees, minorUnits(pricing.total()));
    }

    /** Cents (or the like): every supported currency has two decimals. */
    static long minorUnits(Money money) {
        return money.amount().movePointRight(Money.SCALE).longValueExact();
    }
}
