package com.piquetickets.query.featured;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.show.ShowId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeaturedShowProjectionTest {

    private static final Instant T1 = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-02T09:00:00Z");

    @Test
    void aShowIsListedOnceAtItsFirstPlace() {
        ShowId a = new ShowId(UUID.randomUUID());
        ShowId b = new ShowId(UUID.randomUUID());
        assertThat(FeaturedShowProjection.inListOrder(List.of(b, a, b))).containsExactly(b.value(), a.value());
        assertThat(FeaturedShowProjection.inListOrder(null)).isEmpty();
    }

    @Test
    void featuringAgainAtTheSamePlaceChangesNothing() {
        FeaturedShowEntity row = new FeaturedShowEntity(UUID.randomUUID(), T1);
        row.feature(0, T1);
        row.feature(0, T2);
        assertThat(row).extracting("updatedAt", "position", "active").containsExactly(T1, 0, true);

        row.feature(1, T2);
        assertThat(row).extracting("updatedAt", "position").containsExactly(T2, 1);
    }

    @Test
    void aRowForTheSameShowHasTheSameId() {
        UUID show = UUID.randomUUID();
        assertThat(new FeaturedShowEntity(show, T1)).usingRecursiveComparison().comparingOnlyFields("id", "showId")
                .isEqualTo(new FeaturedShowEntity(show, T2));
    }
}
