package com.piquetickets.query.checkin;

import com.piquetickets.domain.checkin.CheckInStats;
import com.piquetickets.domain.checkin.CheckInStatsChanged;
import com.piquetickets.domain.checkin.FindCheckInStatsQuery;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;

/**
 * Tells subscribers of a show's {@link FindCheckInStatsQuery} that its door counts changed. Inside a projection's unit of
 * work each show is told once, after the commit, so a door dashboard never reads ahead of what was written and a burst
 * of scans in one batch costs one report. The report carries no counts: whoever pushes them reads {@link CheckInStats}
 * once for all its clients.
 */
public final class CheckInUpdates {

    private static final String CHANGED_SHOWS = CheckInUpdates.class.getName() + ".changedShows";

    private CheckInUpdates() {
    }

    public static void changed(QueryUpdateEmitter updates, UUID showId) {
        if (!CurrentUnitOfWork.isStarted()) {
            emit(updates, showId);
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Set<UUID> shows = root.getOrComputeResource(CHANGED_SHOWS, key -> {
            Set<UUID> changed = new LinkedHashSet<>();
            root.afterCommit(unitOfWork -> changed.forEach(show -> emit(updates, show)));
            return changed;
        });
        shows.add(showId);
    }

    private static void emit(QueryUpdateEmitter updates, UUID showId) {
        updates.emit(FindCheckInStatsQuery.class, query -> showId.equals(query.showId()), new CheckInStatsChanged(showId));
    }
}
