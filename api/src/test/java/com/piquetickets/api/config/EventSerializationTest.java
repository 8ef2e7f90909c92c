package com.piquetickets.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.piquetickets.domain.common.Money;
import com.piquetickets.domain.common.Slug;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stored event survives Axon's serializer, as configured for the application, unchanged, and is stored as
 * exactly its record components: no derived accessor (an {@code isSomething()}) sneaks into the fact.
 */
class EventSerializationTest {

    private static final ObjectMapper MAPPER = new AxonConfiguration().defaultAxonObjectMapper();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(MAPPER).build();

    static Stream<Class<?>> events() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.piquetickets.domain").stream()
                .filter(c -> c.isAnnotatedWith(Revision.class))
                .map(JavaClass::reflect)
                .sorted(java.util.Comparator.comparing(Class::getName));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eventRoundTripsThroughTheSerializerAsItsRecordComponents(Class<?> eventType) throws Exception {
        assertThat(eventType.isRecord()).as("events are records").isTrue();
        Object event = sample(eventType);

        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        Object read = SERIALIZER.deserialize(stored);

        assertThat(read).isEqualTo(event);
        assertStoredAsComponents(MAPPER.readTree(stored.getData()), eventType);
    }

    private static void assertStoredAsComponents(JsonNode json, Class<?> type) {
        if (!type.isRecord() || !json.isObject()) {
            return;
        }
        List<String> names = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(json.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .as("stored properties of %s", type.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(names);
        for (RecordComponent component : type.getRecordComponents()) {
            assertStoredAsComponents(json.get(component.getName()), component.getType());
        }
    }

    /** A non-null value of every component, so that nothing escapes the round trip by being null. */
    static Object sample(Type type) throws Exception {
        if (type instanceof ParameterizedType parameterized) {
            Object element = sample(parameterized.getActualTypeArguments()[0]);
            return parameterized.getRawType() == Set.class ? Set.of(element) : List.of(element);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "sample";
        } else if (raw == UUID.class) {
            return UUID.fromString("8c1f7e2a-3b7d-4c1e-9a55-0d1f3c2b4a6e");
        } else if (raw == int.class || raw == Integer.class) {
            return 3;
        } else if (raw == long.class || raw == Long.class) {
            return 3L;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("12.50");
        } else if (raw == Instant.class) {
            return Instant.parse("2030-06-01T20:00:00Z");
        } else if (raw == Money.class) {
            return Money.of("12.50", "USD");
        } else if (raw == Slug.class) {
            return new Slug("sample-slug");
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType());
                types[i] = components[i].getType();
            }
            return raw.getDeclaredConstructor(types).newInstance(values);
        }
        throw new IllegalArgumentException("no sample for " + type + "; teach this test one");
    }
}
