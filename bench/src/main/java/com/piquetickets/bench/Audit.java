package com.piquetickets.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the system did, read from PostgreSQL: the event store (the truth) and the read model (what buyers see). Each
 * check is made on both, so a projection bug cannot hide an oversell and an aggregate bug cannot hide behind a view.
 */
final class Audit implements AutoCloseable {

    private static final String EVENTS = "com.piquetickets.domain.";

    /** The show's history replayed seat by seat: the most ever committed (held + sold) and the seats sold at the end. */
    record ShowLedger(int reservations, int rejections, int maxCommitted, int sold, int held, Instant firstReservation,
                      Instant lastReservation) {
    }

    /** Per order of a run, from the event store: when it was paid, how many seats it reserved and got tickets for. */
    record OrderFacts(Map<UUID, Integer> reservedSeats, Map<UUID, Integer> ticketsIssued, Map<UUID, Instant> lastTicketAt,
                      Map<UUID, Instant> completedAt, java.util.Set<UUID> paid) {
    }

    record Window(long events, Instant first, Instant last) {
        double perSecond() {
            double seconds = Math.max(1e-3, (last.toEpochMilli() - first.toEpochMilli()) / 1000.0);
            return events / seconds;
        }
    }

    /** The read model's view of a show: sold and held seats of its ticket type, valid tickets, orders by status. */
    record ReadModel(int sold, int held, int validTickets, int completedOrders, int pendingOrders, int paidWithoutAllTickets) {
    }

    private final Connection db;

    Audit(BenchConfig config) {
        try {
            db = DriverManager.getConnection(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long lastGlobalIndex() {
        return single("select coalesce(max(global_index), 0) from domain_event_entry");
    }

    /**
     * Transactions committed in the benchmark's database so far, by every client (PostgreSQL's cumulative statistics,
     * which a backend reports within a second or so of its commit).
     */
    long commits() {
        return single("select xact_commit from pg_stat_database where datname = current_database()");
    }

    ShowLedger showLedger(UUID showId) {
        int reservations = 0;
        int rejections = 0;
        int held = 0;
        int sold = 0;
        int maxCommitted = 0;
        Instant first = null;
        Instant last = null;
        try (PreparedStatement query = db.prepareStatement("select payload_type, payload, time_stamp from domain_event_entry"
                + " where aggregate_identifier = ? order by sequence_number")) {
            query.setString(1, showId.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(1).substring(rows.getString(1).lastIndexOf('.') + 1);
                    JsonNode event = json(rows.getBytes(2));
                    switch (type) {
                        case "TicketsReservedEvent" -> {
                            reservations++;
                            held += seats(event.path("pricing").path("lines"));
                            Instant at = Instant.parse(rows.getString(3));
                            first = first == null ? at : first;
                            last = at;
                        }
                        case "TicketReservationRejectedEvent" -> rejections++;
                        case "ReservationConfirmedEvent" -> {
                            int seats = seats(event.path("seats"));
                            if (!event.path("reinstated").asBoolean()) {
                                held -= seats;
                            }
                            sold += seats;
                        }
                        case "ReservationReleasedEvent" -> held -= seats(event.path("seats"));
                        case "TicketsReturnedEvent" -> sold -= seats(event.path("seats"));
                        default -> { }
                    }
                    maxCommitted = Math.max(maxCommitted, held + sold);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ShowLedger(reservations, rejections, maxCommitted, sold, held, first, last);
    }

    OrderFacts orderFacts(long afterGlobalIndex, java.util.Set<UUID> orders) {
        Map<UUID, Integer> reserved = new HashMap<>();
        Map<UUID, Integer> issued = new HashMap<>();
        Map<UUID, Instant> lastTicket = new HashMap<>();
        Map<UUID, Instant> completed = new HashMap<>();
        java.util.Set<UUID> paid = new java.util.HashSet<>();
        try (PreparedStatement query = db.prepareStatement("select payload_type, payload, time_stamp from domain_event_entry"
                + " where global_index > ? and payload_type in (?, ?, ?, ?)")) {
            query.setLong(1, afterGlobalIndex);
            query.setString(2, EVENTS + "show.TicketsReservedEvent");
            query.setString(3, EVENTS + "attendee.TicketIssuedEvent");
            query.setString(4, EVENTS + "order.OrderCompletedEvent");
            query.setString(5, EVENTS + "order.PaymentConfirmedEvent");
            query.setFetchSize(2_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonNode event = json(rows.getBytes(2));
                    UUID orderId = UUID.fromString(event.path("orderId").path("value").asText());
                    if (!orders.contains(orderId)) {
                        continue;
                    }
                    Instant at = Instant.parse(rows.getString(3));
                    switch (rows.getString(1).substring(rows.getString(1).lastIndexOf('.') + 1)) {
                        case "TicketsReservedEvent" -> reserved.put(orderId, seats(event.path("pricing").path("lines")));
                        case "TicketIssuedEvent" -> {
                            issued.merge(orderId, 1, Integer::sum);
                            lastTicket.merge(orderId, at, (a, b) -> a.isAfter(b) ? a : b);
                        }
                        case "OrderCompletedEvent" -> completed.put(orderId, at);
                        case "PaymentConfirmedEvent" -> paid.add(orderId);
                        default -> { }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new OrderFacts(reserved, issued, lastTicket, completed, paid);
    }

    /** Events appended after {@code afterGlobalIndex}, and the time between the first and the last of them. */
    Window eventsAfter(long afterGlobalIndex) {
        try (PreparedStatement query = db.prepareStatement("select count(*), min(time_stamp), max(time_stamp)"
                + " from domain_event_entry where global_index > ?")) {
            query.setLong(1, afterGlobalIndex);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Window(row.getLong(1), Instant.parse(row.getString(2)), Instant.parse(row.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    ReadModel readModel(UUID showId, UUID ticketTypeId) {
        try {
            int[] ticket = ints("select sold, held from ticket where id = ?", ticketTypeId);
            int tickets = ints("select count(*) from ticket_attendee where show_id = ? and not voided", showId)[0];
            int completed = ints("select count(*) from \"order\" where show_id = ? and status = 'COMPLETED'", showId)[0];
            int pending = ints("select count(*) from \"order\" where show_id = ? and status = 'PENDING_PAYMENT'", showId)[0];
            int unticketed = ints("""
                    select count(*) from "order" o
                     where o.show_id = ? and o.success
                       and (select coalesce(sum(quantity), 0) from ticket_order l where l.order_id = o.id)
                         > (select count(*) from ticket_attendee a where a.order_id = o.id and not a.voided)""", showId)[0];
            return new ReadModel(ticket[0], ticket[1], tickets, completed, pending, unticketed);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The highest global index every event processor has handled (the slowest segment's position). */
    long slowestProcessorPosition() {
        long slowest = Long.MAX_VALUE;
        try (PreparedStatement query = db.prepareStatement("select token from token_entry where token is not null");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                JsonNode token = json(rows.getBytes(1));
                JsonNode index = token.findValue("globalIndex");
                if (index == null) {
                    index = token.findValue("index");
                }
                if (index != null) {
                    slowest = Math.min(slowest, index.asLong());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return slowest == Long.MAX_VALUE ? 0 : slowest;
    }

    Connection connection() {
        return db;
    }

    private int[] ints(String sql, UUID id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new int[] {0, 0};
                }
                int[] values = new int[row.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getInt(i + 1);
                }
                return values;
            }
        }
    }

    private long single(String sql) {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int seats(JsonNode lines) {
        int seats = 0;
        for (JsonNode line : lines) {
            seats += line.path("quantity").asInt();
        }
        return seats;
    }

    static JsonNode json(byte[] bytes) {
        try {
            return Http.JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
