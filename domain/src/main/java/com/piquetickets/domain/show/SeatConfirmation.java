package com.piquetickets.domain.show;

/**
 * The answer to a {@link ConfirmReservationCommand}: the order's seats are sold (also when they already were), or they
 * could not be (a late payment found them taken, the show is over or cancelled) and the money must go back.
 */
public record SeatConfirmation(boolean confirmed, ReservationRejection reason, String message) {

    public static SeatConfirmation sold() {
        return new SeatConfirmation(true, null, null);
    }

    public static SeatConfirmation refused(ReservationRejection reason, String message) {
        return new SeatConfirmation(false, reason, message);
    }
}
