package com.piquetickets.query.featured;

import com.piquetickets.domain.featured.FeaturedShowsSetEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.query.ProcessingGroups;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Builds {@code featured_show} from the featured-shows list. Applying a list again leaves the same rows. */
@Component
@ProcessingGroup(ProcessingGroups.FEATURED_SHOWS)
class FeaturedShowProjection {

    private final FeaturedShowRepository featured;

    FeaturedShowProjection(FeaturedShowRepository featured) {
        this.featured = featured;
    }

    /** The list replaces the previous one: listed shows are active at their place, the others inactive. */
    @EventHandler
    void on(FeaturedShowsSetEvent event, @Timestamp Instant at) {
        List<UUID> list = inListOrder(event.showIds());
        Map<UUID, FeaturedShowEntity> rows = featured.findAll().stream()
                .collect(Collectors.toMap(FeaturedShowEntity::showId, Function.identity()));
        for (int position = 0; position < list.size(); position++) {
            UUID showId = list.get(position);
            FeaturedShowEntity row = rows.remove(showId);
            if (row == null) {
                row = new FeaturedShowEntity(showId, at);
            }
            row.feature(position, at);
            featured.save(row);
        }
        rows.values().stream().filter(FeaturedShowEntity::active).forEach(row -> {
            row.unfeature(at);
            featured.save(row);
        });
    }

    @ResetHandler
    void reset() {
        featured.deleteAllInBatch();
    }

    /** Each show once, at its first place. */
    static List<UUID> inListOrder(List<ShowId> showIds) {
        if (showIds == null) {
            return List.of();
        }
        return List.copyOf(showIds.stream().map(ShowId::value).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
