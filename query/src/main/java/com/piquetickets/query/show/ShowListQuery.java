package com.piquetickets.query.show;

import com.piquetickets.domain.show.ShowFilter;
import com.piquetickets.domain.show.ShowStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL conditions of a show list, built from a {@link ShowFilter}, over {@code ShowEntity s}:
 * <ul>
 *   <li>status: what the audience may see in a list ({@link Audience#listed});</li>
 *   <li>upcoming: not ended yet, that is end time (or start time when there is none) at or after now;</li>
 *   <li>venue, producer: equal; performer: on the line-up;</li>
 *   <li>from (inclusive), to (exclusive): bound the start time.</li>
 * </ul>
 * Sorted by start time (shows without one last), then title, then id so that pages are stable.
 */
record ShowListQuery(String where, Map<String, Object> parameters) {

    static final String ORDER_BY = " order by s.startTime asc nulls last, s.title asc, s.id asc";

    ShowListQuery {
        parameters = Map.copyOf(parameters);
    }

    static ShowListQuery of(ShowFilter filter, Instant now) {
        ShowFilter f = filter == null ? ShowFilter.publicShows() : filter;
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();

        conditions.add("s.status in :statuses");
        parameters.put("statuses", Audience.listed(f.visibility()).stream().map(ShowStatus::name).toList());
        if (f.upcoming()) {
            conditions.add("coalesce(s.endTime, s.startTime) >= :now");
            parameters.put("now", now);
        }
        if (f.venueId() != null) {
            conditions.add("s.venueId = :venueId");
            parameters.put("venueId", f.venueId().value());
        }
        if (f.producerId() != null) {
            conditions.add("s.producerId = :producerId");
            parameters.put("producerId", f.producerId().value());
        }
        if (f.performerId() != null) {
            conditions.add("exists (select 1 from ShowPerformerEntity sp"
                    + " where sp.showId = s.id and sp.performerId = :performerId)");
            parameters.put("performerId", f.performerId().value());
        }
        if (f.from() != null) {
            conditions.add("s.startTime >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            conditions.add("s.startTime < :to");
            parameters.put("to", f.to());
        }
        return new ShowListQuery(" where " + String.join(" and ", conditions), parameters);
    }
}
