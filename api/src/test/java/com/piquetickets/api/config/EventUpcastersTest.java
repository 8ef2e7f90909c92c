package com.piquetickets.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.piquetickets.domain.order.OrderReservedEvent;
import com.piquetickets.domain.order.PaymentConfirmedEvent;
import com.piquetickets.domain.show.TicketsReservedEvent;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An event stored at an older revision, as it lies in the store (without the members added since), is read through
 * the upcasters as the current revision, and deserialises with those members empty: replays, sagas and exports of
 * old history see one shape.
 */
class EventUpcastersTest {

    private static final ObjectMapper MAPPER = new AxonConfiguration().defaultAxonObjectMapper();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(MAPPER).build();
    private static final EventUpcasters UPCASTERS = new EventUpcasters();

    static Stream<Arguments> changedEvents() {
        return Stream.of(
                Arguments.of(TicketsReservedEvent.class, List.of("paymentMethod", "producerId", "payoutAccountId")),
                Arguments.of(OrderReservedEvent.class, List.of("payoutAccountId")),
                Arguments.of(PaymentConfirmedEvent.class, List.of("showId", "buyer", "lines", "pricing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changedEvents")
    void aRevisionOneEventIsReadAsRevisionTwoWithTheNewMembersEmpty(Class<?> type, List<String> added) throws Exception {
        ObjectNode revisionOne = (ObjectNode) MAPPER.valueToTree(EventSerializationTest.sample(type));
        added.forEach(revisionOne::remove);
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Aggregate", "aggregate-1", 7,
                "event-1", Instant.parse("2026-01-01T00:00:00Z"), type.getName(), "1",
                MAPPER.writeValueAsBytes(revisionOne), MAPPER.writeValueAsBytes(java.util.Map.of()));

        IntermediateEventRepresentation read = new EventUpcasterChain(UPCASTERS.ticketsReservedRevision2(),
                UPCASTERS.orderReservedRevision2(), UPCASTERS.paymentConfirmedRevision2())
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .findFirst().orElseThrow();

        assertThat(read.getType().getRevision()).isEqualTo("2");
        SerializedObject<byte[]> payload = read.getData(byte[].class);
        ObjectNode upcast = (ObjectNode) MAPPER.readTree(payload.getData());
        added.forEach(member -> assertThat(upcast.has(member)).as(member).isTrue());
        Object event = SERIALIZER.deserialize(payload);
        assertThat(event).isInstanceOf(type);
        for (String member : added) {
            assertThat(type.getMethod(member).invoke(event)).as(member).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changedEvents")
    void aCurrentEventPassesUnchanged(Class<?> type, List<String> added) throws Exception {
        byte[] current = MAPPER.writeValueAsBytes(EventSerializationTest.sample(type));
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Aggregate", "aggregate-1", 7,
                "event-1", Instant.parse("2026-01-01T00:00:00Z"), type.getName(), "2", current,
                MAPPER.writeValueAsBytes(java.util.Map.of()));

        IntermediateEventRepresentation read = new EventUpcasterChain(UPCASTERS.ticketsReservedRevision2(),
                UPCASTERS.orderReservedRevision2(), UPCASTERS.paymentConfirmedRevision2())
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER)))
                .findFirst().orElseThrow();

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(MAPPER.readTree(read.getData(byte[].class).getData())).isEqualTo(MAPPER.readTree(current));
    }
}
