package com.piquetickets.command.show;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.notFound;
import static com.piquetickets.command.show.ShowFixtures.SHOW;
import static com.piquetickets.command.show.ShowFixtures.created;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.show.SetShowPerformersCommand;
import com.piquetickets.domain.show.SetTicketPageDesignCommand;
import com.piquetickets.domain.show.ShowPerformersSetEvent;
import com.piquetickets.domain.show.TicketPageDesign;
import com.piquetickets.domain.show.TicketPageDesignSetEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The line-up and the ticket page of a show. */
class ShowPageTest {

    private static final PerformerId ADA = new PerformerId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private static final PerformerId BO = new PerformerId(UUID.fromString("00000000-0000-0000-0000-00000000b002"));

    private FixtureConfiguration<Show> fixture;

    @BeforeEach
    void setUp() {
        InMemoryCatalogueRegistry registry = ShowFixtures.registry()
                .with(CatalogueKind.PERFORMER, ADA.value(), "ada", true)
                .with(CatalogueKind.PERFORMER, BO.value(), "bo", true);
        fixture = ShowFixtures.fixture(registry);
    }

    @Test
    void lineUpIsSetInBillingOrder() {
        fixture.given(created())
                .when(new SetShowPerformersCommand(SHOW, List.of(BO, ADA)))
                .expectEvents(new ShowPerformersSetEvent(SHOW, List.of(BO, ADA)));
    }

    @Test
    void performersMustExist() {
        fixture.given(created())
                .when(new SetShowPerformersCommand(SHOW, List.of(ADA, new PerformerId(UUID.randomUUID()))))
                .expectException(notFound("performer", "performerIds"));
    }

    @Test
    void aPerformerIsListedOnce() {
        fixture.given(created())
                .when(new SetShowPerformersCommand(SHOW, List.of(ADA, BO, ADA)))
                .expectException(invalidInput("performerIds"));
    }

    @Test
    void settingTheSameLineUpChangesNothing() {
        fixture.given(created(), new ShowPerformersSetEvent(SHOW, List.of(ADA, BO)))
                .when(new SetShowPerformersCommand(SHOW, List.of(ADA, BO)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void pageDesignTakesLongAndShortHexColoursOrNone() {
        TicketPageDesign design = new TicketPageDesign("#1A2b3C", "#fff", "https://cdn.example/bg.webp");

        fixture.given(created())
                .when(new SetTicketPageDesignCommand(SHOW, design))
                .expectEvents(new TicketPageDesignSetEvent(SHOW, design));
    }

    @Test
    void pageDesignWithoutColoursOrImageIsAllowed() {
        fixture.given(created())
                .when(new SetTicketPageDesignCommand(SHOW, new TicketPageDesign(null, " ", null)))
                .expectEvents(new TicketPageDesignSetEvent(SHOW, new TicketPageDesign(null, null, null)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#ggg", "123456", "#1234567", "rgb(0,0,0)"})
    void pageColoursMustBeHexColours(String colour) {
        fixture.given(created())
                .when(new SetTicketPageDesignCommand(SHOW, new TicketPageDesign(colour, null, null)))
                .expectException(invalidInput("primaryColor"));
    }

    @Test
    void backgroundImageMustBeAnHttpUrl() {
        fixture.given(created())
                .when(new SetTicketPageDesignCommand(SHOW, new TicketPageDesign("#000", "#fff", "file:///etc/passwd")))
                .expectException(invalidInput("backgroundImage"));
    }
}
