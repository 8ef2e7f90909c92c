package com.piquetickets.command.venue;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.venue.CreateVenueCommand;
import com.piquetickets.domain.venue.DeactivateVenueCommand;
import com.piquetickets.domain.venue.UpdateVenueCommand;
import com.piquetickets.domain.venue.VenueCreatedEvent;
import com.piquetickets.domain.venue.VenueDeactivatedEvent;
import com.piquetickets.domain.venue.VenueDetails;
import com.piquetickets.domain.venue.VenueId;
import com.piquetickets.domain.venue.VenueSlugChangedEvent;
import com.piquetickets.domain.venue.VenueUpdatedEvent;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VenueTest {

    private static final VenueId VENUE = new VenueId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final VenueDetails HALL = details("The Hall");
    private static final Slug HALL_SLUG = new Slug("the-hall");

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<Venue> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryCatalogueRegistry();
        fixture = new AggregateTestFixture<>(Venue.class);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void venueIsCreatedUnderASlugFromItsName() {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, HALL, null))
                .expectEvents(new VenueCreatedEvent(VENUE, HALL_SLUG, HALL));
        assertThat(registry.isActive(CatalogueKind.VENUE, VENUE.value())).isTrue();
    }

    @Test
    void generatedSlugTakesTheFirstFreeSuffix() {
        registry.with(CatalogueKind.VENUE, UUID.randomUUID(), "the-hall", true);

        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, HALL, null))
                .expectEvents(new VenueCreatedEvent(VENUE, new Slug("the-hall-2"), HALL));
    }

    @Test
    void requestedSlugOfAnotherVenueIsTaken() {
        registry.with(CatalogueKind.VENUE, UUID.randomUUID(), "main-stage", true);

        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, HALL, new Slug("main-stage")))
                .expectException(ruleViolation("slug-taken"));
    }

    @Test
    void venueNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, details("  "), null))
                .expectException(invalidInput("name"));
    }

    @Test
    void venueNameIsAtMost200Characters() {
        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, details("x".repeat(201)), null))
                .expectException(invalidInput("name"));
    }

    @Test
    void websiteMustBeAnHttpUrl() {
        VenueDetails details = new VenueDetails("The Hall", null, null, null, null, null, null, "javascript:alert(1)", null);

        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, details, null))
                .expectException(invalidInput("website"));
    }

    @Test
    void venueImageMustBeAnAbsoluteUrl() {
        VenueDetails details = new VenueDetails("The Hall", null, null, null, null, null, null, null, "/img/hall.webp");

        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, details, null))
                .expectException(invalidInput("venueImage"));
    }

    @Test
    void descriptionIsSanitisedBeforeItIsRecorded() {
        VenueDetails dirty = new VenueDetails("The Hall", "<p>Cosy<script>x()</script></p>", null, null, null, null, null, null, null);
        VenueDetails clean = new VenueDetails("The Hall", "<p>Cosy</p>", null, null, null, null, null, null, null);

        fixture.givenNoPriorActivity()
                .when(new CreateVenueCommand(VENUE, dirty, null))
                .expectEvents(new VenueCreatedEvent(VENUE, HALL_SLUG, clean));
    }

    @Test
    void slugStaysWhenNameChanges() {
        fixture.given(new VenueCreatedEvent(VENUE, HALL_SLUG, HALL))
                .when(new UpdateVenueCommand(VENUE, details("The Great Hall"), null))
                .expectEvents(new VenueUpdatedEvent(VENUE, details("The Great Hall")));
    }

    @Test
    void requestedSlugMovesTheVenue() {
        registry.with(CatalogueKind.VENUE, VENUE.value(), "the-hall", true);

        fixture.given(new VenueCreatedEvent(VENUE, HALL_SLUG, HALL))
                .when(new UpdateVenueCommand(VENUE, HALL, new Slug("great-hall")))
                .expectEvents(new VenueSlugChangedEvent(VENUE, HALL_SLUG, new Slug("great-hall")));
        assertThat(registry.slugOf(CatalogueKind.VENUE, VENUE.value())).isEqualTo(new Slug("great-hall"));
    }

    @Test
    void updateWithTheSameDetailsChangesNothing() {
        fixture.given(new VenueCreatedEvent(VENUE, HALL_SLUG, HALL))
                .when(new UpdateVenueCommand(VENUE, HALL, HALL_SLUG))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void deactivatedVenueCanStillBeCorrected() {
        fixture.given(new VenueCreatedEvent(VENUE, HALL_SLUG, HALL), new VenueDeactivatedEvent(VENUE))
                .when(new UpdateVenueCommand(VENUE, details("The Old Hall"), null))
                .expectEvents(new VenueUpdatedEvent(VENUE, details("The Old Hall")));
    }

    @Test
    void deactivationTakesTheVenueOutOfTheCatalogue() {
        registry.with(CatalogueKind.VENUE, VENUE.value(), "the-hall", true);

        fixture.given(new VenueCreatedEvent(VENUE, HALL_SLUG, HALL))
                .when(new DeactivateVenueCommand(VENUE))
                .expectEvents(new VenueDeactivatedEvent(VENUE));
        assertThat(registry.isActive(CatalogueKind.VENUE, VENUE.value())).isFalse();
    }

    @Test
    void deactivatingTwiceIsANoOp() {
        fixture.given(new VenueCreatedEvent(VENUE, HALL_SLUG, HALL), new VenueDeactivatedEvent(VENUE))
                .when(new DeactivateVenueCommand(VENUE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static VenueDetails details(String name) {
        return new VenueDetails(name, null, "1 Main St", "Tulsa", "OK", "74103", null, "https://thehall.example", null);
    }
}
