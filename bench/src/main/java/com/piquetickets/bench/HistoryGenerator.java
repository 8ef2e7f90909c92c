package com.piquetickets.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grows a real on-sale's history to a large store, fast and honestly. The on-sale (orders placed, paid, refunded and
 * left unpaid through the API) is stored once; its rows are then copied in JDBC batches, each copy with every id of
 * its own (orders, tickets, emails, events, correlations) and the show's stream continued, so the copies are one long
 * on-sale of the same show: exactly the rows the application would have written for as many more orders. The show,
 * its ticket types, venue, producer and users keep their ids. Copies are stamped a few seconds apart.
 */
final class HistoryGenerator {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BATCH = 2_000;

    private record Row(String eventId, String aggregateId, long sequence, String type, Instant timestamp,
                       String payloadType, String revision, String payload, String metaData) {
    }

    private HistoryGenerator() {
    }

    /**
     * Copies the events after {@code saleStart} until the store holds at least {@code target} events; the show's own
     * events continue its stream. Answers the span of the whole on-sale.
     */
    static Instant[] grow(Connection db, long saleStart, UUID showId, long target, Duration between) throws SQLException {
        Set<String> keep = keptIds(db, saleStart);
        keep.add(showId.toString());
        List<Row> sale = sale(db, saleStart);
        long stored = count(db);
        long perCopy = sale.size();
        long copies = Math.max(0, (target - stored + perCopy - 1) / perCopy);
        long showSequence = lastSequence(db, showId.toString());
        Instant first = sale.getFirst().timestamp();
        Instant last = sale.getLast().timestamp();
        Duration span = Duration.between(first, last);
        Bench.log("export bench: the on-sale has " + perCopy + " events; adding " + copies + " copies of it ("
                + copies * perCopy + " events)");
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                values (nextval('domain_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int batched = 0;
            for (long copy = 1; copy <= copies; copy++) {
                Map<String, String> ids = new HashMap<>();
                Duration shift = between.plus(span).multipliedBy(copy);
                for (Row row : sale) {
                    boolean ofShow = row.aggregateId().equals(showId.toString());
                    insert.setString(1, remap(row.eventId(), keep, ids, copy));
                    insert.setString(2, remap(row.aggregateId(), keep, ids, copy));
                    insert.setLong(3, ofShow ? ++showSequence : row.sequence());
                    insert.setString(4, row.type());
                    Instant at = row.timestamp().plus(shift);
                    insert.setString(5, at.toString().contains(".") ? at.toString() : at.toString().replace("Z", ".000Z"));
                    insert.setString(6, row.payloadType());
                    insert.setString(7, row.revision());
                    insert.setBytes(8, remap(row.payload(), keep, ids, copy).getBytes(StandardCharsets.UTF_8));
                    insert.setBytes(9, row.metaData() == null ? null
                            : remap(row.metaData(), keep, ids, copy).getBytes(StandardCharsets.UTF_8));
                    last = at.isAfter(last) ? at : last;
                    insert.addBatch();
                    if (++batched == BATCH) {
                        insert.executeBatch();
                        db.commit();
                        batched = 0;
                    }
                }
                if (copy % 100 == 0) {
                    Bench.log("export bench: " + copy + " of " + copies + " copies stored");
                }
            }
            insert.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return new Instant[] {first, last};
    }

    /** Moves every processor to the head of the store, so a start replays nothing (the rebuild is measured alone). */
    static void tokensToHead(Connection db) throws SQLException {
        long head = count(db) == 0 ? -1 : max(db);
        try (PreparedStatement update = db.prepareStatement("update token_entry set token = ?, "
                + "token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = null")) {
            update.setBytes(1, ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
            update.executeUpdate();
        }
    }

    private static String remap(String text, Set<String> keep, Map<String, String> ids, long copy) {
        Matcher uuid = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (uuid.find()) {
            String id = uuid.group();
            uuid.appendReplacement(out, keep.contains(id) ? id : ids.computeIfAbsent(id, old ->
                    UUID.nameUUIDFromBytes((old + "/" + copy).getBytes(StandardCharsets.UTF_8)).toString()));
        }
        uuid.appendTail(out);
        return out.toString();
    }

    /** Ids that exist before the on-sale (catalogue, users, producer accounts): every copy shares them. */
    private static Set<String> keptIds(Connection db, long saleStart) throws SQLException {
        Set<String> keep = new HashSet<>();
        try (PreparedStatement select = db.prepareStatement("select aggregate_identifier, convert_from(payload, 'UTF8'), "
                + "convert_from(meta_data, 'UTF8') from domain_event_entry where global_index <= ?")) {
            select.setLong(1, saleStart);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 3; column++) {
                        String text = rows.getString(column);
                        if (text != null) {
                            UUID_TEXT.matcher(text).results().forEach(match -> keep.add(match.group()));
                        }
                    }
                }
            }
        }
        return keep;
    }

    private static List<Row> sale(Connection db, long saleStart) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, convert_from(payload, 'UTF8'), "
                + "convert_from(meta_data, 'UTF8') from domain_event_entry where global_index > ? order by global_index")) {
            select.setLong(1, saleStart);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
                            Instant.parse(row.getString(5)), row.getString(6), row.getString(7), row.getString(8),
                            row.getString(9)));
                }
            }
        }
        return rows;
    }

    static long count(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select count(*) from domain_event_entry");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long max(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select max(global_index) from domain_event_entry");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long lastSequence(Connection db, String aggregateId) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "select max(sequence_number) from domain_event_entry where aggregate_identifier = ?")) {
            select.setString(1, aggregateId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
