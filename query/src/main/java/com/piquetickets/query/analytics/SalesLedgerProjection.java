package com.piquetickets.query.analytics;

import com.piquetickets.domain.attendee.TicketIssuedEvent;
import com.piquetickets.domain.order.LinePrice;
import com.piquetickets.domain.order.OrderPricing;
import com.piquetickets.domain.order.OrderRefundedEvent;
import com.piquetickets.domain.show.ReservationConfirmedEvent;
import com.piquetickets.domain.show.ReservationReleasedEvent;
import com.piquetickets.domain.show.ReservedSeats;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.TicketTypeAddedEvent;
import com.piquetickets.domain.show.TicketTypeChangedEvent;
import com.piquetickets.domain.show.TicketTypeRemovedEvent;
import com.piquetickets.domain.show.TicketsReservedEvent;
import com.piquetickets.domain.show.TicketsReturnedEvent;
import com.piquetickets.query.ProcessingGroups;
import com.piquetickets.query.analytics.SalesLedgerRows.Seat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.stereotype.Component;

/**
 * The sales ledger: for every event that changes a show's sales, one row per ticket type with what changed (seats
 * sold, held, refunded, checked in; gross, fees, refunds), stamped with the event's time and global position. A
 * show's figures at an instant are the sums of its rows up to that instant.
 *
 * <p>Seats follow the states of {@link SeatState}, per order and ticket type, and a row is written only when a state
 * moves forward, so a redelivered event writes nothing. Money: gross and fees are counted when seats are sold, at the
 * price the reservation fixed; a refund counts once per new refunded total; an order's fees and refunds are split over
 * its ticket types by what their seats cost ({@link Allocation}).
 */
@Component
@ProcessingGroup(ProcessingGroups.SALES_LEDGER)
class SalesLedgerProjection {

    private final SalesLedgerRows rows;

    SalesLedgerProjection(SalesLedgerRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ShowDraftCreatedEvent event) {
        rows.show(event.showId().value(), event.currency());
    }

    @EventHandler
    void on(TicketTypeAddedEvent event, EventMessage<?> message) {
        rows.ticketType(event.ticketTypeId().value(), event.showId().value(), event.spec().name(), message.getTimestamp());
    }

    @EventHandler
    void on(TicketTypeChangedEvent event, EventMessage<?> message) {
        rows.ticketType(event.ticketTypeId().value(), event.showId().value(), event.spec().name(), message.getTimestamp());
    }

    @EventHandler
    void on(TicketTypeRemovedEvent event, EventMessage<?> message) {
        rows.ticketTypeRemoved(event.ticketTypeId().value(), message.getTimestamp());
    }

    /** Seats held for an order, with the money they will bring when sold. */
    @EventHandler
    void on(TicketsReservedEvent event, EventMessage<?> message) {
        UUID showId = event.showId().value();
        UUID orderId = event.orderId().value();
        rows.orderIfAbsent(orderId, showId);
        Map<UUID, Seat> existing = rows.seats(orderId);
        Deltas deltas = new Deltas(showId);
        for (Seat seat : pricedSeats(event.pricing())) {
            if (!existing.containsKey(seat.ticketTypeId())) {
                rows.insertSeat(orderId, showId, seat);
                deltas.of(seat.ticketTypeId()).held += seat.quantity();
            }
        }
        rows.record(deltas, message.getIdentifier(), message.getTimestamp(), position(message));
    }

    @EventHandler
    void on(ReservationConfirmedEvent event, EventMessage<?> message) {
        move(event.showId().value(), event.orderId().value(), event.seats(), SeatState.SOLD, message);
    }

    @EventHandler
    void on(ReservationReleasedEvent event, EventMessage<?> message) {
        move(event.showId().value(), event.orderId().value(), event.seats(), SeatState.RELEASED, message);
    }

    @EventHandler
    void on(TicketsReturnedEvent event, EventMessage<?> message) {
        move(event.showId().value(), event.orderId().value(), event.seats(), SeatState.RETURNED, message);
    }

    /** Money given back: the part of the refunded total not counted yet, split over the order's ticket types. */
    @EventHandler
    void on(OrderRefundedEvent event, EventMessage<?> message) {
        UUID orderId = event.orderId().value();
        rows.order(orderId).ifPresent(order -> {
            BigDecimal total = event.totalRefunded().amount();
            BigDecimal amount = total.subtract(order.refunded());
            if (amount.signum() <= 0) {
                return;
            }
            List<Seat> seats = new ArrayList<>(rows.seats(orderId).values());
            List<BigDecimal> parts = Allocation.split(amount, seats.stream().map(Seat::lineTotal).toList());
            Deltas deltas = new Deltas(order.showId());
            for (int i = 0; i < seats.size(); i++) {
                deltas.of(seats.get(i).ticketTypeId()).refunds = parts.get(i);
            }
            rows.refunded(orderId, total);
            rows.record(deltas, message.getIdentifier(), message.getTimestamp(), position(message));
        });
    }

    @EventHandler
    void on(TicketIssuedEvent event) {
        rows.attendeeIfAbsent(event.attendeeId().value(), event.showId().value(), event.ticketTypeId().value());
    }

    /**
     * The door's admissions, known by name ({@link AdmissionEvents}); every other event changes nothing here. Records
     * only: every domain event is one, and events of classes this application does not have are not.
     */
    @EventHandler
    void on(Record payload, EventMessage<?> message) {
        AdmissionEvents.of(payload).ifPresent(admission -> rows.attendee(admission.attendeeId()).ifPresent(attendee -> {
            Long position = position(message);
            if (!attendee.isBefore(message.getTimestamp(), position)) {
                return; // an older door event, run again
            }
            rows.admission(admission.attendeeId(), admission.admitted(), message.getTimestamp(), position);
            if (attendee.admitted() == admission.admitted()) {
                return;
            }
            Deltas deltas = new Deltas(attendee.showId());
            deltas.of(attendee.ticketTypeId()).checkedIn = admission.admitted() ? 1 : -1;
            rows.record(deltas, message.getIdentifier(), message.getTimestamp(), position(message));
        }));
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }

    /**
     * Moves the order's seats of the listed ticket types (all of them when the event lists none) forward to
     * {@code next}. Seats reach SOLD once at most, which is when their gross and fees count.
     */
    private void move(UUID showId, UUID orderId, List<ReservedSeats> listedSeats, SeatState next,
                      EventMessage<?> message) {
        rows.orderIfAbsent(orderId, showId);
        Map<UUID, Seat> seats = rows.seats(orderId);
        Map<UUID, Integer> listed = new LinkedHashMap<>();
        if (listedSeats != null) {
            listedSeats.forEach(s -> listed.merge(s.ticketTypeId().value(), s.quantity(), Integer::sum));
        }
        if (listed.isEmpty()) {
            seats.values().forEach(seat -> listed.put(seat.ticketTypeId(), seat.quantity()));
        }
        Deltas deltas = new Deltas(showId);
        listed.forEach((ticketTypeId, quantity) -> {
            Seat seat = seats.get(ticketTypeId);
            Deltas.Delta delta = deltas.of(ticketTypeId);
            if (seat == null) {
                // Seats the ledger never saw held (their price unknown): counted, without money.
                rows.insertSeat(orderId, showId, new Seat(ticketTypeId, next, quantity, BigDecimal.ZERO.setScale(2),
                        BigDecimal.ZERO.setScale(2)));
                count(delta, null, 0, next, quantity);
            } else if (seat.state().isBefore(next)) {
                int moved = next == SeatState.SOLD ? quantity : seat.quantity();
                count(delta, seat.state(), seat.quantity(), next, moved);
                if (next == SeatState.SOLD) {
                    delta.gross = share(seat.lineTotal(), moved, seat.quantity());
                    delta.fees = share(seat.fees(), moved, seat.quantity());
                }
                rows.moveSeat(orderId, ticketTypeId, next, moved);
            }
        });
        rows.record(deltas, message.getIdentifier(), message.getTimestamp(), position(message));
    }

    private static void count(Deltas.Delta delta, SeatState from, int fromQuantity, SeatState to, int toQuantity) {
        delta.held += to.held(toQuantity) - (from == null ? 0 : from.held(fromQuantity));
        delta.sold += to.sold(toQuantity) - (from == null ? 0 : from.sold(fromQuantity));
        delta.refunded += to.refunded(toQuantity) - (from == null ? 0 : from.refunded(fromQuantity));
    }

    /** The amount for {@code quantity} of {@code of} seats (all of it when they are the same). */
    private static BigDecimal share(BigDecimal amount, int quantity, int of) {
        if (quantity == of || of == 0) {
            return amount;
        }
        return amount.multiply(BigDecimal.valueOf(quantity)).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_EVEN);
    }

    /** The order's seats per ticket type, each with its line totals and its share of the order's fees. */
    static List<Seat> pricedSeats(OrderPricing pricing) {
        Map<UUID, Integer> quantities = new LinkedHashMap<>();
        Map<UUID, BigDecimal> totals = new LinkedHashMap<>();
        for (LinePrice line : pricing.lines()) {
            UUID ticketTypeId = line.ticketTypeId().value();
            quantities.merge(ticketTypeId, line.quantity(), Integer::sum);
            totals.merge(ticketTypeId, line.lineTotal().amount(), BigDecimal::add);
        }
        List<UUID> types = new ArrayList<>(totals.keySet());
        types.sort(null);
        BigDecimal fees = pricing.platformFee().amount().add(pricing.processingFee().amount());
        List<BigDecimal> feeShares = Allocation.split(fees, types.stream().map(totals::get).toList());
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            UUID type = types.get(i);
            seats.add(new Seat(type, SeatState.HELD, quantities.get(type), totals.get(type), feeShares.get(i)));
        }
        return seats;
    }

    private static Long position(EventMessage<?> message) {
        return message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null)
                : null;
    }
}
