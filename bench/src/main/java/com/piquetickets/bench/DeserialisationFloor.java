package com.piquetickets.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The floor any export or rebuild stands on: the event store's rows read with a JDBC cursor and their payloads and
 * metadata deserialised by Axon's Jackson serializer, configured as the application's, nothing else. Events per second.
 */
final class DeserialisationFloor {

    private DeserialisationFloor() {
    }

    static double eventsPerSecond(Connection db) throws SQLException {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .build();
        long start = System.nanoTime();
        long events = 0;
        long checksum = 0;
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement select = db.prepareStatement("select global_index, event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data "
                + "from domain_event_entry order by global_index")) {
            select.setFetchSize(1000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    SerializedObject<byte[]> payload = new SimpleSerializedObject<>(row.getBytes(9), byte[].class,
                            row.getString(7), row.getString(8));
                    Object event = serializer.deserialize(payload);
                    Object metaData = serializer.deserialize(new SimpleSerializedObject<>(row.getBytes(10), byte[].class,
                            org.axonframework.messaging.MetaData.class.getName(), null));
                    checksum += row.getLong(1) + row.getString(2).length() + row.getString(3).length() + row.getLong(4)
                            + row.getString(6).length() + (event == null ? 0 : 1) + (metaData == null ? 0 : 1);
                    events++;
                }
            }
        } finally {
            db.rollback();
            db.setAutoCommit(autoCommit);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Bench.log(String.format(java.util.Locale.ROOT, "export bench: floor read %d events in %.1f s (checksum %d)",
                events, seconds, checksum));
        return events / seconds;
    }
}
