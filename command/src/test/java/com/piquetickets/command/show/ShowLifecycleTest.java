package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;
import static com.piquetickets.command.show.ShowFixtures.DOORS;
import static com.piquetickets.command.show.ShowFixtures.END;
import static com.piquetickets.command.show.ShowFixtures.INACTIVE_PRODUCER;
import static com.piquetickets.command.show.ShowFixtures.INACTIVE_VENUE;
import static com.piquetickets.command.show.ShowFixtures.NOW;
import static com.piquetickets.command.show.ShowFixtures.PRODUCER;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.SLUG;
import static com.piquetickets.command.show.ShowFixtures.START;
import static com.piquetickets.command.show.ShowFixtures.USD;
import static com.piquetickets.command.show.ShowFixtures.VENUE;
import static com.piquetickets.command.show.ShowFixtures.created;
import static com.piquetickets.command.show.ShowFixtures.details;
import static com.piquetickets.command.show.ShowFixtures.generalAdmissionAdded;
import static com.piquetickets.command.show.ShowFixtures.ready;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.show.CancelShowCommand;
import com.piquetickets.domain.show.CreateShowCommand;
import com.piquetickets.domain.show.DeleteShowCommand;
import com.piquetickets.domain.show.PublishShowCommand;
import com.piquetickets.domain.show.ShowCancelledEvent;
import com.piquetickets.domain.show.ShowDeletedEvent;
import com.piquetickets.domain.show.ShowDetails;
import com.piquetickets.domain.show.ShowDetailsUpdatedEvent;
import com.piquetickets.domain.show.ShowDraftCreatedEvent;
import com.piquetickets.domain.show.ShowId;
import com.piquetickets.domain.show.ShowPublishedEvent;
import com.piquetickets.domain.show.ShowSlugChangedEvent;
import com.piquetickets.domain.show.ShowUnpublishedEvent;
import com.piquetickets.domain.show.UnpublishShowCommand;
import com.piquetickets.domain.show.UpdateShowDetailsCommand;
import com.piquetickets.domain.venue.VenueId;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating, changing, publishing, cancelling and deleting a show. */
class ShowLifecycleTest {

    private static final ShowId NEW_SHOW = new ShowId(UUID.fromString("00000000-0000-0000-0000-00000000e999"));

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        registry = ShowFixtures.registry();
        fixture = ShowFixtures.fixture(registry);
    }

    // ---- create ----

    @Test
    void showIsCreatedAsADraftUnderASlugFromItsTitle() {
        fixture.givenNoPriorActivity()
                .when(new CreateShowCommand(NEW_SHOW, PRODUCER, ready(), "usd", null))
                .expectEvents(new ShowDraftCreatedEvent(NEW_SHOW, PRODUCER, new Slug("spring-gala-2"), ready(), USD));
        assertThat(registry.isActive(CatalogueKind.SHOW, NEW_SHOW.value())).isTrue();
    }

    @Test
    void showNeedsATitle() {
        create(details(" ", null, null, null, null)).expectException(invalidInput("title"));
    }

    @Test
    void titleIsAtMost200Characters() {
        create(details("x".repeat(201), null, null, null, null)).expectException(invalidInput("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus_Mons", "+02:00", "CET+1", ""})
    void timeZoneMustBeAnIanaZone(String zone) {
        ShowDetails details = new ShowDetails("Gala", null, null, null, null, zone, null, null, null, null, null, null, null, null);

        create(details).expectException(invalidInput("timeZone"));
    }

    @Test
    void doorsCannotOpenAfterTheStart() {
        create(details("Gala", START.plusSeconds(60), START, END, null)).expectException(invalidInput("doorTime"));
    }

    @Test
    void endMustBeAfterTheStart() {
        create(details("Gala", null, START, START, null)).expectException(invalidInput("endTime"));
    }

    @Test
    void currencyMustBeAnIso4217Code() {
        fixture.givenNoPriorActivity()
                .when(new CreateShowCommand(NEW_SHOW, PRODUCER, ready(), "EURO", null))
                .expectException(invalidInput("currency"));
    }

    @Test
    void descriptionIsSanitisedBeforeItIsRecorded() {
        ShowDetails dirty = withDescription("<p onmouseover=\"x()\">Hello <a href=\"javascript:alert(1)\">you</a><script>x()</script></p>");

        fixture.givenNoPriorActivity()
                .when(new CreateShowCommand(NEW_SHOW, PRODUCER, dirty, USD, new Slug("hello")))
                .expectEvents(new ShowDraftCreatedEvent(NEW_SHOW, PRODUCER, new Slug("hello"),
                        withDescription("<p>Hello <a>you</a></p>"), USD));
    }

    @Test
    void showImagesMustBeHttpUrls() {
        ShowDetails details = new ShowDetails("Gala", null, null, null, null, "UTC", null, null, null, null,
                "data:image/png;base64,AAAA", null, null, null);

        create(details).expectException(invalidInput("bannerImage"));
    }

    @Test
    void showNeedsAnExistingProducer() {
        fixture.givenNoPriorActivity()
                .when(new CreateShowCommand(NEW_SHOW, new ProducerId(UUID.randomUUID()), ready(), USD, null))
                .expectException(notFound("producer", "producerId"));
    }

    @Test
    void deactivatedProducerCannotCreateShows() {
        fixture.givenNoPriorActivity()
                .when(new CreateShowCommand(NEW_SHOW, INACTIVE_PRODUCER, ready(), USD, null))
                .expectException(notFound("producer", "producerId"));
    }

    @Test
    void showVenueMustExist() {
        create(details("Gala", null, null, null, new VenueId(UUID.randomUUID()))).expectException(notFound("venue", "venueId"));
    }

    @Test
    void showVenueMustBeActive() {
        create(details("Gala", null, null, null, INACTIVE_VENUE)).expectException(notFound("venue", "venueId"));
    }

    @Test
    void requestedSlugOfAnotherShowIsTaken() {
        fixture.givenNoPriorActivity()
                .when(new CreateShowCommand(NEW_SHOW, PRODUCER, ready(), USD, SLUG))
                .expectException(ruleViolation("slug-taken"));
    }

    // ---- update ----

    @Test
    void slugStaysWhenTitleChanges() {
        ShowDetails renamed = details("Summer Gala", DOORS, START, END, VENUE);

        fixture.given(created())
                .when(new UpdateShowDetailsCommand(SHOW, renamed, null))
                .expectEvents(new ShowDetailsUpdatedEvent(SHOW, renamed));
    }

    @Test
    void requestedSlugMovesTheShow() {
        fixture.given(created())
                .when(new UpdateShowDetailsCommand(SHOW, ready(), new Slug("gala-2030")))
                .expectEvents(new ShowSlugChangedEvent(SHOW, SLUG, new Slug("gala-2030")));
        assertThat(registry.slugOf(CatalogueKind.SHOW, SHOW.value())).isEqualTo(new Slug("gala-2030"));
    }

    @Test
    void updateWithTheSameDetailsChangesNothing() {
        fixture.given(created())
                .when(new UpdateShowDetailsCommand(SHOW, ready(), SLUG))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void showCannotMoveToADeactivatedVenue() {
        fixture.given(created())
                .when(new UpdateShowDetailsCommand(SHOW, details("Spring Gala", DOORS, START, END, INACTIVE_VENUE), null))
                .expectException(notFound("venue", "venueId"));
    }

    @Test
    void publishedShowKeepsItsVenueAndTimes() {
        fixture.given(created(), generalAdmissionAdded(), new ShowPublishedEvent(SHOW))
                .when(new UpdateShowDetailsCommand(SHOW, details("Spring Gala", null, START, null, null), null))
                .expectException(ruleViolation("show-not-publishable", "a venue, an end time"));
    }

    @Test
    void detailsOfACancelledShowCannotChange() {
        fixture.given(created(), new ShowCancelledEvent(SHOW, "storm"))
                .when(new UpdateShowDetailsCommand(SHOW, details("Rescheduled", DOORS, START, END, VENUE), null))
                .expectException(ruleViolation("show-cancelled"));
    }

    @Test
    void nothingChangesOnADeletedShow() {
        fixture.given(created(), new ShowDeletedEvent(SHOW))
                .when(new UpdateShowDetailsCommand(SHOW, details("Back again", DOORS, START, END, VENUE), null))
                .expectException(ruleViolation("show-deleted"));
    }

    // ---- publish ----

    @Test
    void readyDraftIsPublished() {
        fixture.given(created(), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectEvents(new ShowPublishedEvent(SHOW));
    }

    @Test
    void cannotPublishWithoutTicketTypes() {
        fixture.given(created())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "add at least one ticket type"));
    }

    @Test
    void cannotPublishWithoutAVenue() {
        fixture.given(created(details("Gala", DOORS, START, END, null)), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "set a venue"));
    }

    @Test
    void cannotPublishAtADeactivatedVenue() {
        registry.deactivate(CatalogueKind.VENUE, VENUE.value());

        fixture.given(created(), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "choose an active venue"));
    }

    @Test
    void cannotPublishWithoutStartAndEndTimes() {
        fixture.given(created(details("Gala", null, null, null, VENUE)), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "set a start time; set an end time"));
    }

    @Test
    void cannotPublishAShowThatHasStarted() {
        fixture.given(created(details("Gala", null, NOW, END, VENUE)), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "move the start time into the future"));
    }

    @Test
    void deactivatedProducerCannotPublish() {
        registry.deactivate(CatalogueKind.PRODUCER, PRODUCER.value());

        fixture.given(created(), generalAdmissionAdded())
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable", "producer " + PRODUCER + " is deactivated"));
    }

    @Test
    void publishRefusalNamesEverythingMissing() {
        fixture.given(created(details("Gala", null, null, null, null)))
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-publishable",
                        "add at least one ticket type; set a venue; set a start time; set an end time"));
    }

    @Test
    void publishingAPublishedShowIsANoOp() {
        fixture.given(created(), generalAdmissionAdded(), new ShowPublishedEvent(SHOW))
                .when(new PublishShowCommand(SHOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancelledShowCannotBePublished() {
        fixture.given(created(), generalAdmissionAdded(), new ShowCancelledEvent(SHOW, "storm"))
                .when(new PublishShowCommand(SHOW))
                .expectException(ruleViolation("show-cancelled"));
    }

    // ---- unpublish ----

    @Test
    void publishedShowIsUnpublished() {
        fixture.given(created(), generalAdmissionAdded(), new ShowPublishedEvent(SHOW))
                .when(new UnpublishShowCommand(SHOW))
                .expectEvents(new ShowUnpublishedEvent(SHOW));
    }

    @Test
    void onlyAPublishedShowCanBeUnpublished() {
        fixture.given(created())
                .when(new UnpublishShowCommand(SHOW))
                .expectException(ruleViolation("show-not-published"));
    }

    // ---- cancel ----

    @Test
    void showIsCancelledWithAReason() {
        fixture.given(created(), generalAdmissionAdded(), new ShowPublishedEvent(SHOW))
                .when(new CancelShowCommand(SHOW, "  The venue flooded.  "))
                .expectEvents(new ShowCancelledEvent(SHOW, "The venue flooded."));
    }

    @Test
    void cancellingNeedsAReason() {
        fixture.given(created())
                .when(new CancelShowCommand(SHOW, "   "))
                .expectException(invalidInput("reason"));
    }

    @Test
    void cancellingTwiceIsANoOp() {
        fixture.given(created(), new ShowCancelledEvent(SHOW, "storm"))
                .when(new CancelShowCommand(SHOW, "storm again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void deletedShowCannotBeCancelled() {
        fixture.given(created(), new ShowDeletedEvent(SHOW))
                .when(new CancelShowCommand(SHOW, "storm"))
                .expectException(ruleViolation("show-deleted"));
    }

    // ---- delete ----

    @Test
    void showWithoutSalesIsSoftDeleted() {
        fixture.given(created(), generalAdmissionAdded(), new ShowPublishedEvent(SHOW))
                .when(new DeleteShowCommand(SHOW))
                .expectEvents(new ShowDeletedEvent(SHOW));
        assertThat(registry.exists(CatalogueKind.SHOW, SHOW.value())).isTrue();
        assertThat(registry.isActive(CatalogueKind.SHOW, SHOW.value())).isFalse();
    }

    @Test
    void deletingADeletedShowIsANoOp() {
        fixture.given(created(), new ShowDeletedEvent(SHOW))
                .when(new DeleteShowCommand(SHOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private ResultValidator<Show> create(ShowDetails details) {
        return fixture.givenNoPriorActivity().when(new CreateShowCommand(NEW_SHOW, PRODUCER, details, USD, null));
    }

    private static ShowDetails withDescription(String description) {
        ShowDetails r = ready();
        return new ShowDetails(r.title(), description, r.doorTime(), r.startTime(), r.endTime(), r.timeZone(),
                r.ageRestriction(), r.refundPolicy(), r.venueId(), r.image(), r.bannerImage(), r.squareImage(),
                r.featuredVideo(), r.facebookCampaignId());
    }
}
