package com.piquetickets.command.onboarding;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;

import com.piquetickets.domain.onboarding.InterestStatus;
import com.piquetickets.domain.onboarding.ProducerInterestDetails;
import com.piquetickets.domain.onboarding.ProducerInterestId;
import com.piquetickets.domain.onboarding.ProducerInterestReviewedEvent;
import com.piquetickets.domain.onboarding.ProducerInterestSubmittedEvent;
import com.piquetickets.domain.onboarding.ReviewProducerInterestCommand;
import com.piquetickets.domain.onboarding.SubmitProducerInterestCommand;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProducerInterestTest {

    private static final ProducerInterestId LEAD = new ProducerInterestId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    private static final ProducerInterestDetails MINIMAL = details("Grace Hopper", "grace@example.com", null, List.of());
    private static final ProducerInterestSubmittedEvent SUBMITTED =
            new ProducerInterestSubmittedEvent(LEAD, MINIMAL, "203.0.113.7", "Mozilla/5.0");

    private FixtureConfiguration<ProducerInterest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProducerInterest.class);
    }

    private static ProducerInterestDetails details(String name, String email, String phone, List<String> showTypes) {
        return new ProducerInterestDetails(name, email, phone, null, null, null, null, showTypes, null, List.of(), null,
                null, null, false, null);
    }

    @Test
    void leadIsRecordedWithWhereItCameFrom() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, MINIMAL, "203.0.113.7", "Mozilla/5.0"))
                .expectEvents(SUBMITTED);
    }

    @Test
    void answersAreTrimmedAndBlankListItemsDropped() {
        ProducerInterestDetails typed = new ProducerInterestDetails(" Grace Hopper ", " Grace@Example.com ", " 555-0100 ",
                " Navy Shows ", " Arlington ", " VA ", " 10-20 ", Arrays.asList(" comedy ", "  ", null, "music"), "  ",
                List.of("Eventbrite", ""), null, " fees ", null, true, "");

        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, typed, null, null))
                .expectEvents(new ProducerInterestSubmittedEvent(LEAD, new ProducerInterestDetails("Grace Hopper",
                        "grace@example.com", "555-0100", "Navy Shows", "Arlington", "VA", "10-20", List.of("comedy", "music"),
                        null, List.of("Eventbrite"), null, "fees", null, true, null), null, null));
    }

    @Test
    void nameIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, details(" ", "grace@example.com", null, List.of()), null, null))
                .expectException(invalidInput("name"));
    }

    @Test
    void emailIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, details("Grace", null, null, List.of()), null, null))
                .expectException(invalidInput("email"));
    }

    @Test
    void emailMustBeValid() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, details("Grace", "grace@", null, List.of()), null, null))
                .expectException(invalidInput("email"));
    }

    @Test
    void nameHasAtMost200Characters() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, details("g".repeat(201), "grace@example.com", null, List.of()), null, null))
                .expectException(invalidInput("name"));
    }

    @Test
    void phoneHasAtMost40Characters() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, details("Grace", "grace@example.com", "5".repeat(41), List.of()), null, null))
                .expectException(invalidInput("phone"));
    }

    @Test
    void textsHaveAtMost2000Characters() {
        ProducerInterestDetails d = new ProducerInterestDetails("Grace", "grace@example.com", null, null, null, null, null,
                List.of(), null, List.of(), null, "x".repeat(2001), null, false, null);

        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, d, null, null))
                .expectException(invalidInput("platformChallenges"));
    }

    @Test
    void listsHaveAtMost20Items() {
        List<String> many = new ArrayList<>(Collections.nCopies(21, "comedy"));

        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, details("Grace", "grace@example.com", null, many), null, null))
                .expectException(invalidInput("showTypes"));
    }

    @Test
    void listItemsHaveAtMost100Characters() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, details("Grace", "grace@example.com", null, List.of("c".repeat(101))), null, null))
                .expectException(invalidInput("showTypes"));
    }

    @Test
    void clientAddressHasAtMost45Characters() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, MINIMAL, "1".repeat(46), null))
                .expectException(invalidInput("ipAddress"));
    }

    @Test
    void aLongUserAgentIsCutNotRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitProducerInterestCommand(LEAD, MINIMAL, null, "a".repeat(600)))
                .expectEvents(new ProducerInterestSubmittedEvent(LEAD, MINIMAL, null, "a".repeat(512)));
    }

    @Test
    void staffMoveALeadThroughThePipelineWithNotes() {
        fixture.given(SUBMITTED)
                .when(new ReviewProducerInterestCommand(LEAD, InterestStatus.CONTACTED, "called, call back Monday"))
                .expectEvents(new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONTACTED, "called, call back Monday"));
    }

    @Test
    void noStatusKeepsTheCurrentOne() {
        fixture.given(SUBMITTED, new ProducerInterestReviewedEvent(LEAD, InterestStatus.QUALIFIED, null))
                .when(new ReviewProducerInterestCommand(LEAD, null, "budget confirmed"))
                .expectEvents(new ProducerInterestReviewedEvent(LEAD, InterestStatus.QUALIFIED, "budget confirmed"));
    }

    @Test
    void noNotesKeepTheCurrentOnes() {
        fixture.given(SUBMITTED, new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONTACTED, "called"))
                .when(new ReviewProducerInterestCommand(LEAD, InterestStatus.QUALIFIED, null))
                .expectEvents(new ProducerInterestReviewedEvent(LEAD, InterestStatus.QUALIFIED, "called"));
    }

    @Test
    void blankNotesClearThem() {
        fixture.given(SUBMITTED, new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONTACTED, "called"))
                .when(new ReviewProducerInterestCommand(LEAD, null, " "))
                .expectEvents(new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONTACTED, null));
    }

    @Test
    void aReviewThatChangesNothingRecordsNothing() {
        fixture.given(SUBMITTED, new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONTACTED, "called"))
                .when(new ReviewProducerInterestCommand(LEAD, InterestStatus.CONTACTED, "called"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void notesHaveAtMost5000Characters() {
        fixture.given(SUBMITTED)
                .when(new ReviewProducerInterestCommand(LEAD, null, "n".repeat(5001)))
                .expectException(invalidInput("notes"));
    }

    @Test
    void aConvertedLeadKeepsItsStatus() {
        fixture.given(SUBMITTED, new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONVERTED, null))
                .when(new ReviewProducerInterestCommand(LEAD, InterestStatus.CONTACTED, null))
                .expectException(ruleViolation("interest-closed"));
    }

    @Test
    void aConvertedLeadsNotesCanStillChange() {
        fixture.given(SUBMITTED, new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONVERTED, null))
                .when(new ReviewProducerInterestCommand(LEAD, InterestStatus.CONVERTED, "onboarded as Navy Shows"))
                .expectEvents(new ProducerInterestReviewedEvent(LEAD, InterestStatus.CONVERTED, "onboarded as Navy Shows"));
    }
}
