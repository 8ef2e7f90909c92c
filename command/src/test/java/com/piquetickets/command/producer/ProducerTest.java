package com.piquetickets.command.producer;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.command.catalogue.CatalogueKind;
import com.piquetickets.command.catalogue.InMemoryCatalogueRegistry;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.producer.CreateProducerCommand;
import com.piquetickets.domain.producer.DeactivateProducerCommand;
import com.piquetickets.domain.producer.ProducerCreatedEvent;
import com.piquetickets.domain.producer.ProducerDeactivatedEvent;
import com.piquetickets.domain.producer.ProducerDetails;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.producer.ProducerUpdatedEvent;
import com.piquetickets.domain.producer.UpdateProducerCommand;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProducerTest {

    private static final ProducerId PRODUCER = new ProducerId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final ProducerDetails OWLS = details("Night Owls", null);
    private static final Slug OWLS_SLUG = new Slug("night-owls");

    private InMemoryCatalogueRegistry registry;
    private FixtureConfiguration<Producer> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryCatalogueRegistry();
        fixture = new AggregateTestFixture<>(Producer.class);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void producerIsCreatedActiveUnderASlugFromItsName() {
        fixture.givenNoPriorActivity()
                .when(new CreateProducerCommand(PRODUCER, OWLS, null))
                .expectEvents(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS));
        assertThat(registry.isActive(CatalogueKind.PRODUCER, PRODUCER.value())).isTrue();
    }

    @Test
    void producerNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new CreateProducerCommand(PRODUCER, details("", null), null))
                .expectException(invalidInput("name"));
    }

    @Test
    void socialLinksMustBeHttpUrls() {
        fixture.givenNoPriorActivity()
                .when(new CreateProducerCommand(PRODUCER, details("Night Owls", "ftp://files.example/owls"), null))
                .expectException(invalidInput("instagram"));
    }

    @Test
    void slugStaysWhenNameChanges() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new UpdateProducerCommand(PRODUCER, details("Night Owls Presents", null), null))
                .expectEvents(new ProducerUpdatedEvent(PRODUCER, details("Night Owls Presents", null)));
    }

    @Test
    void deactivatedProducerCanStillBeCorrected() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ProducerDeactivatedEvent(PRODUCER))
                .when(new UpdateProducerCommand(PRODUCER, details("Night Owls (closed)", null), null))
                .expectEvents(new ProducerUpdatedEvent(PRODUCER, details("Night Owls (closed)", null)));
    }

    @Test
    void deactivationStopsTheProducerInTheCatalogue() {
        registry.with(CatalogueKind.PRODUCER, PRODUCER.value(), "night-owls", true);

        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS))
                .when(new DeactivateProducerCommand(PRODUCER))
                .expectEvents(new ProducerDeactivatedEvent(PRODUCER));
        assertThat(registry.isActive(CatalogueKind.PRODUCER, PRODUCER.value())).isFalse();
    }

    @Test
    void deactivatingTwiceIsANoOp() {
        fixture.given(new ProducerCreatedEvent(PRODUCER, OWLS_SLUG, OWLS), new ProducerDeactivatedEvent(PRODUCER))
                .when(new DeactivateProducerCommand(PRODUCER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static ProducerDetails details(String name, String instagram) {
        return new ProducerDetails(name, "US", "https://owls.example", "<p>We put on shows.</p>", null, instagram, null, null, null, null);
    }
}
