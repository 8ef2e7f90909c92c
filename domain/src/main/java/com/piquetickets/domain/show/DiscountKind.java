package com.piquetickets.domain.show;

/** How a promo code discounts: a percentage of the ticket price, or a fixed amount per ticket in the currency of the show. */
public enum DiscountKind {
    PERCENTAGE,
    FIXED_AMOUNT
}
