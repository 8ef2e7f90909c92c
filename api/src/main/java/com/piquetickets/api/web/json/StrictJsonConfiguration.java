package com.piquetickets.api.web.json;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON that request bodies may carry, decided once for every field: texts pass {@link TextRules}; a number is not
 * a date, a fraction is not a whole number, a number or a text is not a boolean, and an empty text is not a missing
 * number, date, boolean or id (Jackson's lenient defaults would turn {@code "startTime": 12345} into 1970,
 * {@code "quantity": 1.5} into 1 and {@code "venueId": ""} into null).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    private static final Set<Class<?>> DATE_TIMES = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            LocalDateTime.class, LocalDate.class, LocalTime.class, Duration.class);

    @Bean
    JsonMapperBuilderCustomizer strictRequestJson() {
        SimpleModule module = new SimpleModule("strict-request-json");
        module.addDeserializer(String.class, TextDeserializer.ONE_LINE);
        module.setDeserializerModifier(new DateTimesFromTextOnly());
        return builder -> builder
                .addModule(module)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.OtherScalar, config -> config
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    /** java.time values only from ISO-8601 text: the JSR-310 readers would also take epoch numbers, even as text. */
    private static final class DateTimesFromTextOnly extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            return DATE_TIMES.contains(description.getBeanClass()) ? new IsoTextOnly(deserializer) : deserializer;
        }
    }

    private static final class IsoTextOnly extends DelegatingDeserializer {

        IsoTextOnly(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new IsoTextOnly(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return super.deserialize(parser, context);
            }
            if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getString().trim().matches("-?[0-9.]+")) {
                return context.reportInputMismatch(this, "must be an ISO-8601 text such as \"2030-06-01T20:00:00-05:00\"");
            }
            return super.deserialize(parser, context);
        }
    }
}
