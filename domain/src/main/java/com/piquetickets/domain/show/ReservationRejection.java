package com.piquetickets.domain.show;

/** Why a show refused to hold seats. */
public enum ReservationRejection {
    SOLD_OUT,
    NOT_ON_SALE,
    PROMO_CODE_INVALID,
    PROMO_CODE_USED_UP,
    INVALID_ORDER;

    /** The stable code clients see, e.g. {@code sold-out}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
