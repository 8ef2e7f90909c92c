package com.piquetickets.api.projections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where every processor's segments stand, as the token store holds them: the same answer on every node, whichever
 * node holds the claims. Axon's token store API can only read a token by claiming it, so the rows are read directly
 * and deserialised with the token store's own serializer.
 */
@Component
class TokenPositions {

    /**
     * One segment's token: its position, and while replaying the position the replay ends at. Axon keeps a replay
     * token until an event past that position arrives; the replay's work is done once the position reaches it.
     */
    record Segment(int segment, long position, boolean replayToken, long replayEnd, String owner) {

        boolean replaying() {
            return replayToken && position < replayEnd;
        }
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    TokenPositions(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Every processor's segments, by processor name. */
    Map<String, List<Segment>> all() {
        Map<String, List<Segment>> segments = new LinkedHashMap<>();
        jdbc.query("select processor_name, segment, token, token_type, owner from token_entry "
                + "order by processor_name, segment", row -> {
            segments.computeIfAbsent(row.getString(1), name -> new ArrayList<>())
                    .add(segment(row.getInt(2), row.getBytes(3), row.getString(4), row.getString(5)));
        });
        return segments;
    }

    /** The processors with a segment still replaying. */
    List<String> replaying() {
        return all().entrySet().stream()
                .filter(processor -> processor.getValue().stream().anyMatch(Segment::replaying))
                .map(Map.Entry::getKey).toList();
    }

    private Segment segment(int segment, byte[] token, String type, String owner) {
        if (token == null || type == null) {
            return new Segment(segment, -1, false, -1, owner);
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        long position = orMinusOne(tracking.position());
        if (tracking instanceof ReplayToken replay) {
            return new Segment(segment, position, true, orMinusOne(replay.getTokenAtReset().position()), owner);
        }
        return new Segment(segment, position, false, -1, owner);
    }

    private static long orMinusOne(OptionalLong position) {
        return position.orElse(-1);
    }
}
