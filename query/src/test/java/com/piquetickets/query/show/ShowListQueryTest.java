package com.piquetickets.query.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.ShowFilter;
import com.piquetickets.domain.show.ShowVisibility;
import com.piquetickets.domain.venue.VenueId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShowListQueryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void thePublicListsPublishedShowsOnly() {
        ShowListQuery query = ShowListQuery.of(ShowFilter.publicShows(), NOW);
        assertThat(query.where()).isEqualTo(" where s.status in :statuses");
        assertThat(query.parameters()).containsEntry("statuses", List.of("PUBLISHED")).hasSize(1);
    }

    @Test
    void noFilterMeansThePublicList() {
        assertThat(ShowListQuery.of(null, NOW)).isEqualTo(ShowListQuery.of(ShowFilter.publicShows(), NOW));
        ShowFilter noVisibility = new ShowFilter(false, null, null, null, null, null, null);
        assertThat(ShowListQuery.of(noVisibility, NOW).parameters()).containsEntry("statuses", List.of("PUBLISHED"));
    }

    @Test
    void managementListsEverythingButDeletedShows() {
        ShowFilter filter = new ShowFilter(false, null, null, null, null, null, ShowVisibility.MANAGEMENT);
        assertThat(ShowListQuery.of(filter, NOW).parameters())
                .containsEntry("statuses", List.of("DRAFT", "PUBLISHED", "CANCELLED"));
    }

    @Test
    void upcomingComparesTheEndOrElseTheStartWithNow() {
        ShowFilter filter = new ShowFilter(true, null, null, null, null, null, ShowVisibility.PUBLIC);
        ShowListQuery query = ShowListQuery.of(filter, NOW);
        assertThat(query.where()).contains("coalesce(s.endTime, s.startTime) >= :now");
        assertThat(query.parameters()).containsEntry("now", NOW);
    }

    @Test
    void everyFilterFieldNarrowsTheList() {
        UUID venue = UUID.randomUUID();
        UUID producer = UUID.randomUUID();
        UUID performer = UUID.randomUUID();
        Instant from = NOW.minusSeconds(60);
        Instant to = NOW.plusSeconds(60);
        ShowFilter filter = new ShowFilter(false, new VenueId(venue), new ProducerId(producer),
                new PerformerId(performer), from, to, ShowVisibility.PUBLIC);

        ShowListQuery query = ShowListQuery.of(filter, NOW);

        assertThat(query.where()).isEqualTo(" where s.status in :statuses"
                + " and s.venueId = :venueId"
                + " and s.producerId = :producerId"
                + " and exists (select 1 from ShowPerformerEntity sp where sp.showId = s.id and sp.performerId = :performerId)"
                + " and s.startTime >= :from"
                + " and s.startTime < :to");
        assertThat(query.parameters()).containsEntry("venueId", venue).containsEntry("producerId", producer)
                .containsEntry("performerId", performer).containsEntry("from", from).containsEntry("to", to)
                .doesNotContainKey("now");
    }

    @Test
    void showsWithoutAStartTimeComeLastAndTiesAreBrokenByTitleThenId() {
        assertThat(ShowListQuery.ORDER_BY).isEqualTo(" order by s.startTime asc nulls last, s.title asc, s.id asc");
    }
}
