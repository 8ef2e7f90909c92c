package com.piquetickets.query.show;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.show.ShowStatus;
import com.piquetickets.domain.show.ShowVisibility;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void thePublicFindsACancelledShowButDoesNotListIt() {
        assertThat(Audience.listed(ShowVisibility.PUBLIC)).containsExactly(ShowStatus.PUBLISHED);
        assertThat(Audience.findable(ShowVisibility.PUBLIC)).containsExactly(ShowStatus.PUBLISHED, ShowStatus.CANCELLED);
    }

    @Test
    void managementSeesAllButDeletedShows() {
        assertThat(Audience.listed(ShowVisibility.MANAGEMENT)).doesNotContain(ShowStatus.DELETED).hasSize(3);
        assertThat(Audience.findable(ShowVisibility.MANAGEMENT)).doesNotContain(ShowStatus.DELETED).hasSize(3);
    }

    @Test
    void noVisibilityMeansThePublic() {
        assertThat(Audience.orPublic(null)).isEqualTo(ShowVisibility.PUBLIC);
        assertThat(Audience.findable(null)).isEqualTo(Audience.findable(ShowVisibility.PUBLIC));
    }
}
