package com.piquetickets.domain.analytics;

import com.piquetickets.domain.common.Money;

/**
 * Sales figures at one instant. Tickets: {@code sold} (sold and not returned), {@code held} (waiting for payment),
 * {@code refunded} (returned after a refund), {@code checkedIn} (admitted at the door, admissions undone taken off).
 * Money: {@code gross} (what the tickets sold brought, after discounts, before fees; returns do not reduce it),
 * {@code fees} (platform and processing fees of those sales), {@code refunds} (money given back).
 */
public record SalesFigures(int sold, int held, int refunded, int checkedIn, Money gross, Money fees, Money refunds) {

    public static SalesFigures zero(String currency) {
        Money zero = Money.zero(currency);
        return new SalesFigures(0, 0, 0, 0, zero, zero, zero);
    }

    public SalesFigures plus(SalesFigures other) {
        return new SalesFigures(sold + other.sold, held + other.held, refunded + other.refunded,
                checkedIn + other.checkedIn, gross.plus(other.gross), fees.plus(other.fees), refunds.plus(other.refunds));
    }
}
