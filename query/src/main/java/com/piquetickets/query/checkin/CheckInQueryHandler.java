package com.piquetickets.query.checkin;

import com.piquetickets.domain.checkin.CheckInGateCount;
import com.piquetickets.domain.checkin.CheckInManifest;
import com.piquetickets.domain.checkin.CheckInScanView;
import com.piquetickets.domain.checkin.CheckInSessionView;
import com.piquetickets.domain.checkin.CheckInStats;
import com.piquetickets.domain.checkin.CheckInTicketTypeCount;
import com.piquetickets.domain.checkin.FindCheckInManifestQuery;
import com.piquetickets.domain.checkin.FindCheckInSessionByTokenHashQuery;
import com.piquetickets.domain.checkin.FindCheckInSessionsQuery;
import com.piquetickets.domain.checkin.FindCheckInStatsQuery;
import com.piquetickets.domain.checkin.ManifestTicket;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the door queries: sessions from {@code check_in_session}; the live counts and the manifest in SQL over
 * {@code ticket_attendee}, the scan log and the catalogue's ticket names, each in a few grouped reads whatever the
 * show's size.
 */
@Component
class CheckInQueryHandler {

    private static final String COUNTS_BY_TICKET_TYPE = """
            select a.ticket_type_id, t.name,
                   sum(case when a.voided then 0 else 1 end),
                   sum(case when a.checked_in_at is not null then 1 else 0 end),
                   sum(case when a.is_checked_in then 1 else 0 end),
                   sum(case when a.voided then 1 else 0 end),
                   sum(case when a.voided and a.checked_in_at is not null then 1 else 0 end)
              from ticket_attendee a left join ticket t on t.id = a.ticket_type_id
             where a.show_id = ?
             group by a.ticket_type_id, t.name, t.position
             order by t.position, t.name""";
    private static final String COUNTS_BY_GATE = """
            select gate,
                   sum(case when result = 'ADMITTED' and undone_at is null then 1 else 0 end),
                   sum(case when result = 'EXITED' then 1 else 0 end),
                   sum(case when result = 'CONFLICT' then 1 else 0 end)
              from check_in_scan
             where show_id = ?
             group by gate
             order by gate""";
    private static final String LAST_SCANS = """
            select s.attendee_id, a.first_name, a.last_name, a.ticket_type_id, t.name, s.scan_id, s.direction, s.result,
                   s.conflict_reason, s.gate, s.session_id, c.name, s.scanned_at, s.recorded_at, s.offline, s.superseded,
                   s.undone_at
              from check_in_scan s
                   left join ticket_attendee a on a.id = s.attendee_id
                   left join ticket t on t.id = a.ticket_type_id
                   left join check_in_session c on c.id = s.session_id
             where s.show_id = ?
             order by s.recorded_at desc, s.scanned_at desc, s.id
             limit ?""";
    private static final String MANIFEST = """
            select a.id, a.first_name, a.last_name, a.ticket_type_id, t.name, a.order_id, a.is_vip, a.voided,
                   a.is_checked_in, a.change_seq
              from ticket_attendee a left join ticket t on t.id = a.ticket_type_id
             where a.show_id = ? and a.change_seq > ?
             order by a.change_seq
             limit ?""";
    static final int MAX_LAST_SCANS = 100;
    static final int MAX_MANIFEST_PAGE = 10_000;

    private final CheckInSessionRepository sessions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CheckInQueryHandler(CheckInSessionRepository sessions, JdbcTemplate jdbc, Clock clock) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @QueryHandler
    Optional<CheckInSessionView> handle(FindCheckInSessionByTokenHashQuery query) {
        return query.tokenHash() == null ? Optional.empty()
                : sessions.findByToken(query.tokenHash()).map(CheckInSessionEntity::toView);
    }

    @QueryHandler
    List<CheckInSessionView> handle(FindCheckInSessionsQuery query) {
        return sessions.findByShowIdOrderByCreatedAtDesc(query.showId()).stream().map(CheckInSessionEntity::toView).toList();
    }

    @QueryHandler
    CheckInStats handle(FindCheckInStatsQuery query) {
        Instant asOf = clock.instant();
        long[] totals = new long[5];
        List<CheckInTicketTypeCount> byTicketType = jdbc.query(COUNTS_BY_TICKET_TYPE, (rs, row) -> {
            for (int i = 0; i < totals.length; i++) {
                totals[i] += rs.getLong(3 + i);
            }
            return new CheckInTicketTypeCount(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
                    rs.getLong(5));
        }, query.showId());
        long[] conflicts = new long[1];
        List<CheckInGateCount> byGate = jdbc.query(COUNTS_BY_GATE, (rs, row) -> {
            conflicts[0] += rs.getLong(4);
            return new CheckInGateCount(rs.getString(1), rs.getLong(2), rs.getLong(3));
        }, query.showId()).stream().filter(gate -> gate.admissions() + gate.exits() > 0).toList();
        int lastScans = Math.clamp(query.lastScans(), 0, MAX_LAST_SCANS);
        List<CheckInScanView> scans = lastScans == 0 ? List.of()
                : jdbc.query(LAST_SCANS, (rs, row) -> scan(rs), query.showId(), lastScans);
        return new CheckInStats(query.showId(), totals[0], totals[3], totals[1], totals[2], totals[4], conflicts[0],
                byTicketType, byGate, scans, asOf);
    }

    @QueryHandler
    CheckInManifest handle(FindCheckInManifestQuery query) {
        int limit = Math.clamp(query.limit(), 1, MAX_MANIFEST_PAGE);
        long since = Math.max(0, query.since());
        long[] cursor = {since};
        List<ManifestTicket> read = jdbc.query(MANIFEST, (rs, row) -> {
            cursor[0] = rs.getLong(10);
            return new ManifestTicket(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, UUID.class), rs.getBoolean(7),
                    rs.getBoolean(8), rs.getBoolean(9));
        }, query.showId(), since, limit);
        // A first download has nothing to take back: it lists only the tickets that admit someone, its cursor passing
        // the voided ones too.
        List<ManifestTicket> tickets = since == 0 ? read.stream().filter(ticket -> !ticket.voided()).toList() : read;
        return new CheckInManifest(query.showId(), tickets, cursor[0], read.size() == limit);
    }

    private static CheckInScanView scan(ResultSet rs) throws SQLException {
        return new CheckInScanView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getObject(11, UUID.class), rs.getString(12), instant(rs, 13),
                instant(rs, 14), rs.getBoolean(15), rs.getBoolean(16), instant(rs, 17));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
