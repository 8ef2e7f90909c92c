package com.piquetickets.query.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sales ledger's tables, in plain JDBC: the ledger is an append-mostly fact table written on every seat event, and
 * a rebuild writes it a row per event; an ORM session per row would be most of that work.
 */
@Component
class SalesLedgerRows {

    /** An order's seats of one ticket type. */
    record Seat(UUID ticketTypeId, SeatState state, int quantity, BigDecimal lineTotal, BigDecimal fees) {
    }

    /** An order the ledger knows: its show and how much of it was refunded so far. */
    record Order(UUID showId, BigDecimal refunded) {
    }

    /** A ticket: its show and type, whether its attendee is in, and when the last door event about it happened. */
    record Attendee(UUID showId, UUID ticketTypeId, boolean admitted, Instant admissionAt, Long admissionPosition) {

        /** Whether a door event at this time and position comes after the last one applied. */
        boolean isBefore(Instant at, Long position) {
            if (admissionAt == null) {
                return true;
            }
            return position != null && admissionPosition != null ? admissionPosition < position : admissionAt.isBefore(at);
        }
    }

    private final JdbcTemplate jdbc;

    SalesLedgerRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void show(UUID showId, String currency) {
        if (count("select count(*) from sales_show where show_id = ?", showId) == 0) {
            jdbc.update("insert into sales_show (show_id, currency) values (?, ?)", showId, currency);
        }
    }

    void ticketType(UUID ticketTypeId, UUID showId, String name, Instant at) {
        if (jdbc.update("update sales_ticket_type set name = ? where ticket_type_id = ?", name, ticketTypeId) == 0) {
            jdbc.update("insert into sales_ticket_type (ticket_type_id, show_id, name, added_at) values (?, ?, ?, ?)",
                    ticketTypeId, showId, name, utc(at));
        }
    }

    void ticketTypeRemoved(UUID ticketTypeId, Instant at) {
        jdbc.update("update sales_ticket_type set removed_at = ? where ticket_type_id = ? and removed_at is null",
                utc(at), ticketTypeId);
    }

    Optional<Order> order(UUID orderId) {
        return jdbc.query("select show_id, refunded from sales_order where order_id = ?",
                (row, n) -> new Order(row.getObject(1, UUID.class), row.getBigDecimal(2)), orderId).stream().findFirst();
    }

    /** Records the order's show; an order the ledger already has for another show is an inconsistency, not a sale. */
    void orderIfAbsent(UUID orderId, UUID showId) {
        Optional<Order> known = order(orderId);
        if (known.isEmpty()) {
            jdbc.update("insert into sales_order (order_id, show_id, refunded) values (?, ?, 0)", orderId, showId);
        } else if (!known.get().showId().equals(showId)) {
            throw new IllegalStateException("order " + orderId + " is an order of show " + known.get().showId()
                    + ", not of show " + showId);
        }
    }

    void refunded(UUID orderId, BigDecimal total) {
        jdbc.update("update sales_order set refunded = ? where order_id = ?", total, orderId);
    }

    /** The order's seats per ticket type, in a fixed order (rounding remainders always fall on the same type). */
    Map<UUID, Seat> seats(UUID orderId) {
        Map<UUID, Seat> seats = new LinkedHashMap<>();
        jdbc.query("select ticket_type_id, state, quantity, line_total, fees from sales_seat where order_id = ? "
                        + "order by ticket_type_id",
                row -> {
                    UUID ticketTypeId = row.getObject(1, UUID.class);
                    seats.put(ticketTypeId, new Seat(ticketTypeId, SeatState.valueOf(row.getString(2)), row.getInt(3),
                            row.getBigDecimal(4), row.getBigDecimal(5)));
                }, orderId);
        return seats;
    }

    void insertSeat(UUID orderId, UUID showId, Seat seat) {
        jdbc.update("insert into sales_seat (order_id, ticket_type_id, show_id, state, quantity, line_total, fees) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", orderId, seat.ticketTypeId(), showId, seat.state().name(),
                seat.quantity(), seat.lineTotal(), seat.fees());
    }

    void moveSeat(UUID orderId, UUID ticketTypeId, SeatState state, int quantity) {
        jdbc.update("update sales_seat set state = ?, quantity = ? where order_id = ? and ticket_type_id = ?",
                state.name(), quantity, orderId, ticketTypeId);
    }

    void attendeeIfAbsent(UUID attendeeId, UUID showId, UUID ticketTypeId) {
        if (count("select count(*) from sales_attendee where attendee_id = ?", attendeeId) == 0) {
            jdbc.update("insert into sales_attendee (attendee_id, show_id, ticket_type_id, admitted) values (?, ?, ?, ?)",
                    attendeeId, showId, ticketTypeId, false);
        }
    }

    Optional<Attendee> attendee(UUID attendeeId) {
        return jdbc.query("select show_id, ticket_type_id, admitted, admission_at, admission_position from sales_attendee "
                        + "where attendee_id = ?",
                (row, n) -> {
                    OffsetDateTime at = row.getObject(4, OffsetDateTime.class);
                    long position = row.getLong(5);
                    return new Attendee(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getBoolean(3),
                            at == null ? null : at.toInstant(), row.wasNull() ? null : position);
                }, attendeeId).stream().findFirst();
    }

    void admission(UUID attendeeId, boolean admitted, Instant at, Long position) {
        jdbc.update("update sales_attendee set admitted = ?, admission_at = ?, admission_position = ? where attendee_id = ?",
                admitted, utc(at), position, attendeeId);
    }

    /** One ledger row per ticket type the event changed. */
    void record(Deltas deltas, String eventId, Instant at, Long globalIndex) {
        List<Object[]> rows = deltas.changed().entrySet().stream().map(entry -> new Object[]{
                eventId, entry.getKey(), deltas.showId(), utc(at), globalIndex, entry.getValue().sold,
                entry.getValue().held, entry.getValue().refunded, entry.getValue().checkedIn, entry.getValue().gross,
                entry.getValue().fees, entry.getValue().refunds}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into sales_ledger (event_id, ticket_type_id, show_id, occurred_at, global_index, sold, "
                    + "held, refunded, checked_in, gross, fees, refunds) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    void clear() {
        for (String table : List.of("sales_ledger", "sales_attendee", "sales_seat", "sales_order", "sales_ticket_type",
                "sales_show")) {
            jdbc.update("delete from " + table);
        }
    }

    private long count(String sql, Object id) {
        Long count = jdbc.queryForObject(sql, Long.class, id);
        return count == null ? 0 : count;
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
