package com.piquetickets.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.ApiClient;
import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.api.support.TestUsers;
import com.piquetickets.domain.common.Slug;
import com.piquetickets.domain.venue.VenueCreatedEvent;
import com.piquetickets.domain.venue.VenueDetails;
import com.piquetickets.domain.venue.VenueId;
import com.piquetickets.query.ProcessingGroups;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A poison event never stops a projection: whatever its handler throws, and whether the database or the handler
 * refuses it, the event goes to the dead-letter queue and the projection goes on with the events after it.
 */
@PostgresIntegrationTest
@Import(PoisonEventIT.FailingOnPurpose.class)
class PoisonEventIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void anEventThePostgresRefusesIsDeadLetteredAndTheProjectionMovesOn() {
        VenueId poison = new VenueId(UUID.randomUUID());
        eventStore.publish(GenericEventMessage.asEventMessage(new VenueCreatedEvent(poison, new Slug("nul-" + poison.value()),
                new VenueDetails("E\u0000ve", null, null, null, null, null, null, null, null))));
        ApiClient admin = TestUsers.admin(port);
        String after = admin.post("/api/venues", Map.of("name", "After the poison " + UUID.randomUUID()))
                .expect(201).text("id");

        await().atMost(PATIENCE).untilAsserted(() -> admin.get("/api/venues/" + after).expect(200));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters(ProcessingGroups.VENUE_CATALOGUE))
                .anySatisfy(letter -> {
                    assertThat(((VenueCreatedEvent) letter.message().getPayload()).venueId()).isEqualTo(poison);
                    assertThat(letter.cause()).hasValueSatisfying(cause -> assertThat(cause.message()).contains("0x00"));
                }));
        admin.get("/api/venues/" + poison.value()).problem(404);
    }

    @Test
    void anEventWhoseHandlerThrowsIsDeadLetteredWithoutWhatItHalfDid() {
        eventStore.publish(GenericEventMessage.asEventMessage(new ProbeEvent("before")),
                GenericEventMessage.asEventMessage(new ProbeEvent("poison")),
                GenericEventMessage.asEventMessage(new ProbeEvent("after")));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(FailingOnPurpose.HANDLED).contains("before", "after"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters(FailingOnPurpose.GROUP))
                .anySatisfy(letter -> assertThat(letter.message().getPayload()).isEqualTo(new ProbeEvent("poison"))));
    }

    private List<DeadLetter<? extends EventMessage<?>>> deadLetters(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(group).orElseThrow();
        List<DeadLetter<? extends EventMessage<?>>> letters = new CopyOnWriteArrayList<>();
        queue.deadLetters().forEach(sequence -> sequence.forEach(letters::add));
        return letters;
    }

    record ProbeEvent(String name) {
    }

    /** A projection of the test's own that fails on one event, on purpose. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FailingOnPurpose {

        static final String GROUP = "failing-on-purpose";
        static final List<String> HANDLED = new CopyOnWriteArrayList<>();

        @Bean
        Handler failingOnPurposeHandler() {
            return new Handler();
        }

        @ProcessingGroup(GROUP)
        static class Handler {

            @EventHandler
            void on(ProbeEvent event) {
                if (event.name().equals("poison")) {
                    throw new IllegalStateException("this projection fails on 'poison' on purpose");
                }
                HANDLED.add(event.name());
            }
        }
    }
}
