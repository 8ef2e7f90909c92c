package com.piquetickets.command.show;

import com.piquetickets.domain.order.OrderId;
import com.piquetickets.domain.show.ReservationRejection;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.SeatConfirmation;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowStatus;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Whether a paid order's seats can be sold: held seats are, unless the show is cancelled or deleted; seats released
 * before the money came (a late payment) only when the show has not ended and they are still free.
 */
final class SeatConfirmations {

    private SeatConfirmations() {
    }

    /** {@code hold} null: the show never held seats for the order; a hold already sold is not asked about. */
    static SeatConfirmation decide(ShowId showId, OrderId orderId, Hold hold, ShowStatus status, boolean ended,
                                   Map<UUID, TicketTypeState> ticketTypes) {
        if (hold == null) {
            return SeatConfirmation.refused(ReservationRejection.INVALID_ORDER,
                    "show " + showId + " holds no seats for order " + orderId);
        }
        if (status == ShowStatus.CANCELLED || status == ShowStatus.DELETED) {
            return SeatConfirmation.refused(ReservationRejection.NOT_ON_SALE,
                    "show " + showId + " is " + status.name().toLowerCase(Locale.ROOT) + "; the order cannot be ticketed");
        }
        if (hold.is(Hold.State.HELD)) {
            return SeatConfirmation.sold();
        }
        if (ended) {
            return SeatConfirmation.refused(ReservationRejection.NOT_ON_SALE,
                    "show " + showId + " has ended; the late payment cannot be ticketed");
        }
        for (ReservedSeats seats : hold.seats()) {
            TicketTypeState ticketType = ticketTypes.get(seats.ticketTypeId().value());
            if (ticketType == null || ticketType.remaining() < seats.quantity()) {
                return SeatConfirmation.refused(ReservationRejection.SOLD_OUT,
                        SeatReservation.soldOutMessage(seats.ticketTypeId(), ticketType, seats.quantity()));
            }
        }
        return SeatConfirmation.sold();
    }
}
