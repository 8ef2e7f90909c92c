package com.piquetickets.api.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;

/** The analyst's map of the event store: every event type with its revisions, counts, first and last time, and shape. */
final class EventCatalogue {

    private record Row(String payloadType, String revision, String aggregateType, long count, String first, String last,
                       long latest) {
    }

    private final DataSource dataSource;
    private final HistoryReader reader;
    private final PersonalFields personal;
    private final ObjectMapper mapper;

    EventCatalogue(DataSource dataSource, HistoryReader reader, PersonalFields personal, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.personal = personal;
        this.mapper = mapper;
    }

    List<EventTypeSummary> types() throws SQLException {
        Map<String, List<Row>> byType = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select payload_type, payload_revision, type, "
                     + "count(*), min(time_stamp), max(time_stamp), max(global_index) from domain_event_entry "
                     + "group by payload_type, payload_revision, type");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Row row = new Row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.getString(5), rows.getString(6), rows.getLong(7));
                byType.computeIfAbsent(row.payloadType(), type -> new ArrayList<>()).add(row);
            }
        }
        List<EventTypeSummary> summaries = new ArrayList<>();
        for (List<Row> rows : byType.values()) {
            summaries.add(summary(rows));
        }
        summaries.sort((a, b) -> a.type().compareTo(b.type()));
        return summaries;
    }

    private EventTypeSummary summary(List<Row> rows) throws SQLException {
        Map<String, Long> revisions = new TreeMap<>();
        long count = 0;
        Instant first = null;
        Instant last = null;
        Row latest = rows.getFirst();
        for (Row row : rows) {
            revisions.merge(String.valueOf(row.revision()), row.count(), Long::sum);
            count += row.count();
            Instant rowFirst = DateTimeUtils.parseInstant(row.first());
            Instant rowLast = DateTimeUtils.parseInstant(row.last());
            first = first == null || rowFirst.isBefore(first) ? rowFirst : first;
            last = last == null || rowLast.isAfter(last) ? rowLast : last;
            latest = row.latest() > latest.latest() ? row : latest;
        }
        ExportedEvent example = example(latest.latest());
        String type = example == null ? HistoryReader.simpleName(latest.payloadType()) : example.type();
        return new EventTypeSummary(type, example == null ? latest.revision() : example.revision(), revisions,
                latest.aggregateType(), count, first, last, personal.paths(latest.payloadType()),
                example == null ? null : shape(parse(example.payload())));
    }

    private ExportedEvent example(long position) throws SQLException {
        List<ExportedEvent> found = new ArrayList<>(1);
        reader.read(new ExportFilter(position - 1, null, null, null, null, null, null, null, true), position, found::add);
        return found.isEmpty() ? null : found.getFirst();
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable payload", e);
        }
    }

    /** Field names with their JSON types instead of values; a list shows the shape of its first element. */
    static Object shape(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), shape(field.getValue())));
            return fields;
        }
        if (node.isArray()) {
            return node.isEmpty() ? List.of() : List.of(shape(node.get(0)));
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "string";
    }
}
