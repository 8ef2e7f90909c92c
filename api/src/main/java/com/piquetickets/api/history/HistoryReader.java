package com.piquetickets.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * Reads the event store table with a forward-only JDBC cursor ({@code fetchSize} rows per round trip, autocommit off,
 * which is what makes PostgreSQL stream instead of loading the whole result), runs each row through the upcaster
 * chain, and hands the events on one by one: memory holds one fetch of rows, whatever the export's size.
 */
final class HistoryReader {

    private static final String COLUMNS = "global_index, event_identifier, type, aggregate_identifier, sequence_number, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";

    private static final byte[] NO_METADATA = "{}".getBytes(StandardCharsets.UTF_8);

    private final DataSource dataSource;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final ObjectMapper json;
    private final PersonalFields personal;
    private final HistoryProperties settings;
    private final Clock clock;

    HistoryReader(DataSource dataSource, Serializer serializer, EventUpcaster upcasters, ObjectMapper json,
                  PersonalFields personal, HistoryProperties settings, Clock clock) {
        this.dataSource = dataSource;
        this.serializer = serializer;
        this.upcasters = upcasters;
        this.json = json;
        this.personal = personal;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Where an export with this filter ends, and so where the next one resumes: the last position it may read (the
     * settled head, see {@link HistoryProperties#settleWindow()}), or, with a limit, the position of the last event
     * the limit lets through.
     */
    long until(ExportFilter filter) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long head = settledHead(connection);
            if (filter.limit() == null || head <= filter.after()) {
                return Math.max(head, filter.after());
            }
            List<Object> parameters = new ArrayList<>();
            String where = where(filter, head, parameters, connection);
            try (PreparedStatement statement = connection.prepareStatement("select global_index from domain_event_entry "
                    + where + " order by global_index limit 1 offset " + (filter.limit() - 1))) {
                bind(statement, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getLong(1) : head;
                }
            }
        }
    }

    /** Streams the events of the filter up to {@code until} (inclusive) to {@code sink}; answers how many. */
    long read(ExportFilter filter, long until, Consumer<ExportedEvent> sink) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<Object> parameters = new ArrayList<>();
                String sql = "select " + COLUMNS + " from domain_event_entry " + where(filter, until, parameters, connection)
                        + " order by global_index";
                try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
                    statement.setFetchSize(settings.fetchSize());
                    bind(statement, parameters);
                    try (ResultSet rows = statement.executeQuery()) {
                        return write(rows, filter, sink);
                    }
                }
            } finally {
                connection.rollback(); // read only
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private long write(ResultSet rows, ExportFilter filter, Consumer<ExportedEvent> sink) {
        long[] written = {0};
        try (Stream<IntermediateEventRepresentation> upcast = upcasters.upcast(representations(rows))) {
            upcast.forEach(event -> {
                Instant timestamp = event.getTimestamp();
                if (!filter.covers(timestamp)) {
                    return;
                }
                String type = event.getType().getName();
                sink.accept(new ExportedEvent(event.getTrackingToken().orElseThrow().position().orElseThrow(),
                        event.getMessageIdentifier(), simpleName(type), event.getType().getRevision(),
                        event.getAggregateType().orElse(null), event.getAggregateIdentifier().orElse(null),
                        event.getSequenceNumber().orElse(null), timestamp, payload(event, type, filter.personal()),
                        metaData(event, filter.personal())));
                written[0]++;
            });
        }
        return written[0];
    }

    /**
     * The payload as JSON text: as stored when it was not upcast and has nothing to leave out (most events, and no
     * parsing), otherwise from its upcast JSON tree with the personal fields removed.
     */
    private String payload(IntermediateEventRepresentation event, String type, boolean withPersonal) {
        boolean strip = !withPersonal && !personal.paths(type).isEmpty();
        if (!strip && event.getData().getData() instanceof byte[] stored) {
            return new String(stored, StandardCharsets.UTF_8);
        }
        JsonNode tree = event.getData(JsonNode.class).getData();
        if (strip) {
            personal.strip(type, tree);
        }
        return text(tree, event);
    }

    /** The metadata as JSON text, without where the request came from unless personal fields were asked for. */
    private String metaData(IntermediateEventRepresentation event, boolean withPersonal) {
        Object raw = event.getMetaData().getSerializedObject().getData();
        String stored = raw instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : "{}";
        if (withPersonal || PersonalFields.METADATA_KEYS.stream().noneMatch(stored::contains)) {
            return stored;
        }
        try {
            JsonNode tree = json.readTree(stored);
            personal.stripMetaData(tree);
            return text(tree, event);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable metadata of event " + event.getMessageIdentifier(), e);
        }
    }

    private String text(JsonNode tree, IntermediateEventRepresentation event) {
        try {
            return json.writeValueAsString(tree);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write event " + event.getMessageIdentifier(), e);
        }
    }

    private Stream<IntermediateEventRepresentation> representations(ResultSet rows) {
        Iterator<IntermediateEventRepresentation> iterator = new Iterator<>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    ready = advance(rows);
                }
                return ready;
            }

            @Override
            public IntermediateEventRepresentation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = null;
                return representation(rows);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    private static byte[] metaData(byte[] stored) {
        return stored == null ? NO_METADATA : stored;
    }

    private static boolean advance(ResultSet rows) {
        try {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the event store failed", e);
        }
    }

    private IntermediateEventRepresentation representation(ResultSet row) {
        try {
            long sequence = row.getLong(5);
            return new InitialEventRepresentation(new TrackedDomainEventData<>(
                    new GlobalSequenceTrackingToken(row.getLong(1)), new GenericDomainEventEntry<>(row.getString(3),
                    row.getString(4), sequence, row.getString(2), row.getString(6), row.getString(7), row.getString(8),
                    row.getBytes(9), metaData(row.getBytes(10)))), serializer);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the event store failed", e);
        }
    }

    /**
     * The head of the store, or just below the first gap in its last few thousand positions that is younger than the
     * settle window (a transaction may still commit into it).
     */
    private long settledHead(Connection connection) throws SQLException {
        long head;
        try (PreparedStatement statement = connection.prepareStatement("select max(global_index) from domain_event_entry");
             ResultSet row = statement.executeQuery()) {
            row.next();
            head = row.getLong(1);
            if (row.wasNull()) {
                return -1;
            }
        }
        Instant settled = clock.instant().minus(settings.settleWindow());
        try (PreparedStatement statement = connection.prepareStatement("select global_index, time_stamp "
                + "from domain_event_entry where global_index > ? order by global_index")) {
            statement.setLong(1, head - 5_000);
            try (ResultSet rows = statement.executeQuery()) {
                long previous = Long.MIN_VALUE;
                while (rows.next()) {
                    long index = rows.getLong(1);
                    if (previous != Long.MIN_VALUE && index > previous + 1
                            && DateTimeUtils.parseInstant(rows.getString(2)).isAfter(settled)) {
                        return previous;
                    }
                    previous = index;
                }
            }
        }
        return head;
    }

    private static String where(ExportFilter filter, long until, List<Object> parameters, Connection connection)
            throws SQLException {
        StringBuilder where = new StringBuilder("where global_index > ? and global_index <= ?");
        parameters.add(filter.after());
        parameters.add(until);
        if (!filter.payloadTypes().isEmpty()) {
            where.append(" and payload_type in (").append("?, ".repeat(filter.payloadTypes().size() - 1)).append("?)");
            parameters.addAll(filter.payloadTypes());
        }
        if (filter.aggregateType() != null) {
            where.append(" and type = ?");
            parameters.add(filter.aggregateType());
        }
        if (filter.aggregateId() != null) {
            where.append(" and aggregate_identifier = ?");
            parameters.add(filter.aggregateId());
        }
        if (filter.aggregateIds() != null) {
            where.append(" and aggregate_identifier = any (?)");
            parameters.add(connection.createArrayOf("varchar", filter.aggregateIds().toArray()));
        }
        // Stored times are ISO-8601 text, sortable to the millisecond; the exact bounds are checked on each event.
        if (filter.from() != null) {
            where.append(" and time_stamp >= ?");
            parameters.add(DateTimeUtils.formatInstant(filter.from().truncatedTo(ChronoUnit.MILLIS)));
        }
        if (filter.to() != null) {
            where.append(" and time_stamp < ?");
            parameters.add(DateTimeUtils.formatInstant(filter.to().truncatedTo(ChronoUnit.MILLIS).plusMillis(1)));
        }
        return where.toString();
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Array array) {
                statement.setArray(i + 1, array);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    static String simpleName(String type) {
        return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }
}
