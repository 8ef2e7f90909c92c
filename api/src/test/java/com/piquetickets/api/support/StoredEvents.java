package com.piquetickets.api.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the event store holds, for tests that check a refused request wrote nothing. */
public final class StoredEvents {

    private StoredEvents() {
    }

    /** How many events the event store holds. */
    public static long count(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
