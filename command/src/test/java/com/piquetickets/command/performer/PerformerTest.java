package com.piquetickets.command.performer;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static com.piquetickets.command.common.DomainFailures.ruleViolation;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.performer.CreatePerformerCommand;
import com.piquetickets.domain.performer.PerformerCreatedEvent;
import com.piquetickets.domain.performer.PerformerDetails;
import com.piquetickets.domain.performer.PerformerId;
import com.piquetickets.domain.performer.PerformerUpdatedEvent;
import com.piquetickets.domain.performer.UpdatePerformerCommand;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PerformerTest {

    private static final PerformerId PERFORMER = new PerformerId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
    private static final PerformerDetails ADA = details("Ada & the Lovelaces", null);
    private static final Slug ADA_SLUG = new Slug("ada-the-lovelaces");

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<Performer> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryCatalogueRegistry();
        fixture = new AggregateTestFixture<>(Performer.class);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void performerIsCreatedUnderASlugFromItsName() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerformerCommand(PERFORMER, ADA, null))
                .expectEvents(new PerformerCreatedEvent(PERFORMER, ADA_SLUG, ADA));
    }

    @Test
    void performerNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerformerCommand(PERFORMER, details(null, null), null))
                .expectException(invalidInput("name"));
    }

    @Test
    void socialLinksMustBeHttpUrls() {
        fixture.givenNoPriorActivity()
                .when(new CreatePerformerCommand(PERFORMER, details("Ada", "tiktok.com/@ada"), null))
                .expectException(invalidInput("tiktok"));
    }

    @Test
    void slugStaysWhenNameChanges() {
        fixture.given(new PerformerCreatedEvent(PERFORMER, ADA_SLUG, ADA))
                .when(new UpdatePerformerCommand(PERFORMER, details("Ada Lovelace", null), null))
                .expectEvents(new PerformerUpdatedEvent(PERFORMER, details("Ada Lovelace", null)));
    }

    @Test
    void requestedSlugOfAnotherPerformerIsTaken() {
        registry.with(CatalogueKind.PERFORMER, UUID.randomUUID(), "ada", true);

        fixture.given(new PerformerCreatedEvent(PERFORMER, ADA_SLUG, ADA))
                .when(new UpdatePerformerCommand(PERFORMER, ADA, new Slug("ada")))
                .expectException(ruleViolation("slug-taken"));
    }

    private static PerformerDetails details(String name, String tiktok) {
        return new PerformerDetails(name, null, "https://cdn.example/ada.webp", "Tulsa", null, null, null, null, null, tiktok);
    }
}
