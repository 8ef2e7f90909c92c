package com.piquetickets.api.checkin;

import com.piquetickets.api.messaging.Queries;
import com.piquetickets.domain.show.FindShowQuery;
import com.piquetickets.domain.show.ShowView;
import com.piquetickets.domain.show.ShowVisibility;
import com.piquetickets.domain.show.TicketTypeView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the door needs to know about a show (title, zone, door time, when check-in opens, ticket type names), read from
 * the show catalogue and kept a few seconds, so that a rush of scans does not read the show for each one. A change to
 * the show's times reaches the door within {@link #FRESH_FOR}.
 */
@Component
class ShowDoors {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private final Queries queries;
    private final Clock clock;
    private final Duration opensBeforeDoors;
    private final Map<UUID, Door> doors = new ConcurrentHashMap<>();

    ShowDoors(Queries queries, Clock clock, CheckInProperties properties) {
        this.queries = queries;
        this.clock = clock;
        this.opensBeforeDoors = properties.opensBeforeDoors();
    }

    /** A show at the door. {@code doorTime} and {@code opensAt} are null for a show with no times. */
    record Door(UUID showId, String title, ZoneId zone, OffsetDateTime doorTime, Instant opensAt,
                Map<UUID, String> ticketTypeNames, Instant readAt) {

        String ticketTypeName(UUID ticketTypeId) {
            return ticketTypeId == null ? null : ticketTypeNames.get(ticketTypeId);
        }
    }

    Door of(UUID showId) {
        Instant now = clock.instant();
        Door known = doors.get(showId);
        if (known != null && now.isBefore(known.readAt().plus(FRESH_FOR))) {
            return known;
        }
        Door door = read(showId, now);
        doors.put(showId, door);
        return door;
    }

    private Door read(UUID showId, Instant now) {
        ShowView show = queries.one(new FindShowQuery(showId.toString(), ShowVisibility.MANAGEMENT), ShowView.class, "show",
                showId);
        OffsetDateTime doorTime = Optional.ofNullable(show.doorTime()).orElse(show.startTime());
        Map<UUID, String> names = show.ticketTypes().stream()
                .collect(Collectors.toUnmodifiableMap(TicketTypeView::id, TicketTypeView::name, (a, b) -> a));
        return new Door(show.id(), show.title(), zone(show.timeZone()), doorTime,
                doorTime == null ? null : doorTime.toInstant().minus(opensBeforeDoors), names, now);
    }

    private static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (RuntimeException unknownZone) {
            return ZoneId.of("UTC");
        }
    }
}
