package com.piquetickets.command.featured;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.featured.FeaturedShows;
import com.piquetickets.domain.featured.FeaturedShowsSetEvent;
import com.piquetickets.domain.featured.SetFeaturedShowsCommand;
import com.piquetickets.domain.show.ShowId;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeaturedShowListTest {

    private static final ShowId FIRST = new ShowId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
    private static final ShowId SECOND = new ShowId(UUID.fromString("00000000-0000-0000-0000-0000000000d2"));
    private static final ShowId DELETED = new ShowId(UUID.fromString("00000000-0000-0000-0000-0000000000d3"));

    private FixtureConfiguration<FeaturedShowList> fixture;

    @BeforeEach
    void setUp() {
        InMemoryCatalogueRegistry registry = new InMemoryCatalogueRegistry()
                .with(CatalogueKind.SHOW, FIRST.value(), "first", true)
                .with(CatalogueKind.SHOW, SECOND.value(), "second", true)
                .with(CatalogueKind.SHOW, DELETED.value(), "deleted", false);
        fixture = new AggregateTestFixture<>(FeaturedShowList.class);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void firstSettingCreatesTheFeaturedList() {
        fixture.givenNoPriorActivity()
                .when(new SetFeaturedShowsCommand(List.of(SECOND, FIRST)))
                .expectEvents(new FeaturedShowsSetEvent(FeaturedShows.LIST_ID, List.of(SECOND, FIRST)));
    }

    @Test
    void featuredListIsReplacedInItsNewOrder() {
        fixture.given(new FeaturedShowsSetEvent(FeaturedShows.LIST_ID, List.of(FIRST, SECOND)))
                .when(new SetFeaturedShowsCommand(List.of(SECOND)))
                .expectEvents(new FeaturedShowsSetEvent(FeaturedShows.LIST_ID, List.of(SECOND)));
    }

    @Test
    void featuredShowsMustExist() {
        fixture.givenNoPriorActivity()
                .when(new SetFeaturedShowsCommand(List.of(FIRST, new ShowId(UUID.randomUUID()))))
                .expectException(notFound("show", "showIds"));
    }

    @Test
    void deletedShowsCannotBeFeatured() {
        fixture.givenNoPriorActivity()
                .when(new SetFeaturedShowsCommand(List.of(DELETED)))
                .expectException(notFound("show", "showIds"));
    }

    @Test
    void aShowIsFeaturedOnce() {
        fixture.givenNoPriorActivity()
                .when(new SetFeaturedShowsCommand(List.of(FIRST, FIRST)))
                .expectException(invalidInput("showIds"));
    }

    @Test
    void settingTheSameListAgainChangesNothing() {
        fixture.given(new FeaturedShowsSetEvent(FeaturedShows.LIST_ID, List.of(FIRST, SECOND)))
                .when(new SetFeaturedShowsCommand(List.of(FIRST, SECOND)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void thereIsOnlyOneFeaturedList() {
        fixture.givenNoPriorActivity()
                .when(new SetFeaturedShowsCommand("another-list", List.of(FIRST)))
                .expectException(invalidInput("listId"));
    }
}
