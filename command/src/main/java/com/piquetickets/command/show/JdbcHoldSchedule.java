package com.piquetickets.command.show;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link HoldSchedule} in the {@code hold_expiry} table (Flyway {@code V13__hold_expiry.sql}), one row per show with
 * seats held. It uses the application's DataSource through {@link JdbcTemplate}, so it joins the transaction in which
 * the show's events are appended.
 */
@Component
public class JdbcHoldSchedule implements HoldSchedule {

    private final JdbcTemplate jdbc;

    public JdbcHoldSchedule(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(ShowId showId, Instant expiresAt) {
        OffsetDateTime at = utc(expiresAt);
        int earlier = jdbc.update("update hold_expiry set next_expiry = ? where show_id = ? and next_expiry > ?",
                at, showId.value(), at);
        if (earlier == 0) {
            // No row, or one at least as early (which stays). Two first holds of one show at once also append the
            // same event sequence number of the show, so one of them fails anyway.
            jdbc.update("insert into hold_expiry (show_id, next_expiry) select ?, ? "
                    + "where not exists (select 1 from hold_expiry where show_id = ?)", showId.value(), at, showId.value());
        }
    }

    @Override
    public void clear(ShowId showId, Instant sweptUpTo) {
        jdbc.update("delete from hold_expiry where show_id = ? and next_expiry <= ?", showId.value(), utc(sweptUpTo));
    }

    @Override
    public List<ShowId> dueBy(Instant instant, int limit) {
        return jdbc.queryForList("select show_id from hold_expiry where next_expiry <= ? order by next_expiry limit ?",
                UUID.class, utc(instant), limit).stream().map(ShowId::new).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
