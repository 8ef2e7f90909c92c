package com.piquetickets.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.piquetickets.api.support.PostgresIntegrationTest;
import com.piquetickets.query.ProcessingGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Axon's JPA storage on PostgreSQL, as Flyway creates it and Hibernate validates it. */
@PostgresIntegrationTest
class AxonInfrastructureIT {

    private static final String PROJECTION_GROUP = "infrastructure-smoke-projection";

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    EventProcessingConfiguration eventProcessing;

    @Autowired
    RecordingProjection projection;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    tools.jackson.databind.json.JsonMapper mvcJsonMapper;

    @Test
    void sagaHandlersThatFailAreRetriedNotSkipped() {
        for (String saga : List.of("CheckoutSagaProcessor", "RefundSagaProcessor", "EmailDeliverySagaProcessor")) {
            assertThat(eventProcessing.eventProcessor(saga)).as(saga).isPresent();
            assertThat(eventProcessing.listenerInvocationErrorHandler(saga)).as(saga)
                    .isInstanceOf(PropagatingErrorHandler.class);
        }
    }

    /**
     * One segment per processor (AxonConfiguration.pooledStreamingProcessorsByDefault): Axon 4's saga manager hands
     * every saga event to every segment, and projections spread over 16 segments committed an order's events one by one.
     */
    @Test
    void everyProcessorRunsOneSegment() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (String processor : List.of("CheckoutSagaProcessor", "RefundSagaProcessor", "EmailDeliverySagaProcessor",
                    ProcessingGroups.ORDERS, ProcessingGroups.SHOW_CATALOGUE, ProcessingGroups.ATTENDEES,
                    ProcessingGroups.EMAIL_TRACKING)) {
                assertThat(segments(processor)).as(processor).isEqualTo(1);
            }
            assertThat(jdbc.queryForObject("select count(*) from token_entry where segment <> 0", Integer.class))
                    .as("segments other than segment 0, of any processor").isZero();
        });
    }

    private int segments(String processor) {
        return jdbc.queryForObject("select count(*) from token_entry where processor_name = ?", Integer.class, processor);
    }

    @Test
    void serializedColumnsAreByteaNotOid() {
        List<String> columns = jdbc.queryForList("""
                select table_name || '.' || column_name || ' ' || data_type
                from information_schema.columns
                where table_schema = current_schema()
                  and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')
                  and data_type not in ('text', 'character varying')
                order by 1
                """, String.class);

        assertThat(columns).containsExactly(
                "dead_letter_entry.diagnostics bytea",
                "dead_letter_entry.meta_data bytea",
                "dead_letter_entry.payload bytea",
                "dead_letter_entry.token bytea",
                "domain_event_entry.meta_data bytea",
                "domain_event_entry.payload bytea",
                "saga_entry.serialized_saga bytea",
                "snapshot_event_entry.meta_data bytea",
                "snapshot_event_entry.payload bytea",
                "token_entry.token bytea");
    }

    @Test
    void eventsAreSerializedByJackson2WithIsoTimestamps() {
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);

        String json = eventSerializer.serialize(
                new SmokeTestEvent("s-1", "text", Instant.parse("2026-05-01T19:30:00Z")), String.class).getData();

        assertThat(json).contains("\"at\":\"2026-05-01T19:30:00Z\"");
        assertThat(mvcJsonMapper).as("Spring MVC keeps Boot's Jackson 3 mapper").isNotNull();
    }

    @Test
    void appendedDomainEventReadsBackWithItsPayloadAndMetaData() {
        String aggregateId = UUID.randomUUID().toString();
        SmokeTestEvent payload = new SmokeTestEvent(aggregateId, "first", Instant.parse("2026-05-01T19:30:00Z"));

        eventStore.publish(new GenericDomainEventMessage<>(
                "SmokeTestAggregate", aggregateId, 0, payload, MetaData.with("userId", "user-1")));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getPayload()).isEqualTo(payload);
        assertThat(events.getFirst().getMetaData()).containsEntry("userId", "user-1");
        assertThat(events.getFirst().getSequenceNumber()).isZero();
    }

    @Test
    void everyAppendTakesItsGlobalIndexStraightFromTheSequence() {
        String aggregateId = UUID.randomUUID().toString();

        long first = append(aggregateId, 0);
        // Another node appending in between takes the next value of the shared sequence.
        long otherNode = jdbc.queryForObject("select nextval('domain_event_entry_seq')", Long.class);
        long second = append(aggregateId, 1);

        // With Hibernate's default pooled allocation of 50, 'second' would come from this node's in-memory block
        // (first + 1) while the other node jumped 50 ahead: global indexes out of append order, and gaps of 50.
        assertThat(otherNode).isGreaterThan(first);
        assertThat(second).isGreaterThan(otherNode);
        assertThat(second - first).isLessThan(50);
        assertThat(jdbc.queryForObject(
                "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'", Long.class))
                .isEqualTo(1L);
    }

    @Test
    void projectionGroupsRunPooledStreamingWithADeadLetterQueue() {
        assertThat(eventProcessing.eventProcessorByProcessingGroup(PROJECTION_GROUP))
                .get().isInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(eventProcessing.deadLetterQueue(PROJECTION_GROUP)).isPresent();
    }

    @Test
    void commandMetaDataPropagatesToTheEventsItCauses() {
        String aggregateId = UUID.randomUUID().toString();
        GenericCommandMessage<EmitSmokeTestEvent> command = new GenericCommandMessage<>(
                new EmitSmokeTestEvent(aggregateId),
                MetaData.from(Map.of(
                        "userId", "user-7",
                        "clientIp", "203.0.113.9",
                        "userAgent", "curl/8.5",
                        "correlationId", "request-42")));

        commandGateway.sendAndWait(command);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(projection.received)
                .anySatisfy(event -> {
                    assertThat(event.getPayload()).isInstanceOf(SmokeTestEvent.class);
                    assertThat(((SmokeTestEvent) event.getPayload()).id()).isEqualTo(aggregateId);
                    assertThat(event.getMetaData())
                            .containsEntry("userId", "user-7")
                            .containsEntry("clientIp", "203.0.113.9")
                            .containsEntry("userAgent", "curl/8.5")
                            .containsEntry("correlationId", "request-42")
                            .containsEntry("causationId", command.getIdentifier());
                }));
    }

    private long append(String aggregateId, long sequenceNumber) {
        eventStore.publish(new GenericDomainEventMessage<>(
                "SmokeTestAggregate", aggregateId, sequenceNumber,
                new SmokeTestEvent(aggregateId, "event " + sequenceNumber, Instant.now())));
        return jdbc.queryForObject(
                "select global_index from domain_event_entry where aggregate_identifier = ? and sequence_number = ?",
                Long.class, aggregateId, sequenceNumber);
    }

    record SmokeTestEvent(String id, String text, Instant at) {
    }

    record EmitSmokeTestEvent(String id) {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SmokeTestHandlers {

        @Bean
        SmokeTestCommandHandler smokeTestCommandHandler(EventBus eventBus) {
            return new SmokeTestCommandHandler(eventBus);
        }

        @Bean
        RecordingProjection recordingProjection() {
            return new RecordingProjection();
        }
    }

    static class SmokeTestCommandHandler {
        private final EventBus eventBus;

        SmokeTestCommandHandler(EventBus eventBus) {
            this.eventBus = eventBus;
        }

        @CommandHandler
        void handle(EmitSmokeTestEvent command) {
            eventBus.publish(GenericEventMessage.asEventMessage(
                    new SmokeTestEvent(command.id(), "from command", Instant.now())));
        }
    }

    @ProcessingGroup(PROJECTION_GROUP)
    static class RecordingProjection {
        final List<EventMessage<?>> received = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(SmokeTestEvent event, EventMessage<SmokeTestEvent> message) {
            received.add(message);
        }
    }
}
