package com.piquetickets.api.config;

import com.piquetickets.domain.common.MetaDataKeys;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring that the auto-configuration does not decide for us.
 *
 * <ul>
 *   <li>Serialization: Axon's {@code AxonAutoConfiguration} builds its {@code JacksonSerializer}s (general, events,
 *   messages) from the Jackson 2 {@link ObjectMapper} bean named {@value #AXON_OBJECT_MAPPER}; declaring it here makes
 *   Axon's own {@code ObjectMapperAutoConfiguration} back off. Spring MVC keeps Boot's Jackson 3 mapper: nothing in
 *   Boot 4 looks for a Jackson 2 {@code ObjectMapper} bean.</li>
 *   <li>Event processors: pooled streaming by default (per-group properties under
 *   {@code axon.eventhandling.processors.<name>} still win), woken when events arrive ({@link WakingEventSource}).</li>
 *   <li>Correlation data: see {@link #messageOriginProvider()} and {@link #requestContextProvider()}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** The bean name {@code AxonAutoConfiguration} looks up first when it builds a {@code JacksonSerializer}. */
    public static final String AXON_OBJECT_MAPPER = "defaultAxonObjectMapper";

    /** Segments of every pooled processor, projections and sagas alike (see {@link #pooledStreamingProcessorsByDefault}). */
    static final int SEGMENTS = 1;


    @Bean(AXON_OBJECT_MAPPER)
    ObjectMapper defaultAxonObjectMapper() {
        // A tolerant reader: an event stored with a property its class no longer has still replays.
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Pooled streaming, reading from the event store through {@link WakingEventSource} (no 500 ms idle polling), in
     * batches of up to 20 events per transaction, with {@value #SEGMENTS} segment per processor instead of Axon's 16.
     *
     * <p>Why one segment (docs/benchmarks.md, rounds two and three). Sagas: Axon 4's saga manager ignores the segment
     * when it decides whether it can handle an event, so every segment's worker takes every saga event, looks up the
     * sagas associated with it, keeps those whose id falls in its segment and commits a transaction with its token; with
     * 16 segments each saga event cost 16 of those (38 ms of CPU per order, 1 segment 17 ms). Projections: an order's
     * events arrive one hop apart, so spread over 16 segments each was handled and committed on its own (21
     * PostgreSQL commits per paid order, 1 segment 14, and a fifth less CPU per order). The price is parallelism within
     * one processor: each processor is one thread's work, and with several nodes one node runs it; the fifteen
     * processors (projections, policies, sagas) still run side by side. A processor that needs more can have its
     * segment split at run time ({@code StreamingEventProcessor#splitSegment}); for a saga processor that brings back
     * the cost above. The count applies to a new token store only: an existing processor keeps the segments its tokens
     * have.
     */
    @Bean
    ConfigurerModule pooledStreamingProcessorsByDefault() {
        return configurer -> configurer.eventProcessing().usingPooledStreamingEventProcessors(
                (config, builder) -> builder.messageSource(new WakingEventSource(config.eventStore()))
                        .batchSize(20)
                        .initialSegmentCount(SEGMENTS));
    }

    /**
     * A handler that fails is retried, never skipped: the processor backs off and tries the event again. Projections
     * park failures in their dead-letter queue instead; for sagas a skipped event could leave a paid order without
     * tickets, so they wait until the step can be done.
     */
    @Bean
    ConfigurerModule failedHandlersAreRetriedNotSkipped() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's {@link MessageOriginProvider} stores two keys on every message produced while handling another: by
     * default {@code correlationId} = the identifier of the handled message, and {@code traceId} = the handled message's
     * {@code traceId} (or its identifier when absent). In the usual vocabulary those are the causation id and the
     * correlation id, so they are mapped onto those names: {@code causationId} = id of the direct cause,
     * {@code correlationId} = carried over from the command's metadata (for example a request's correlation id) or,
     * when the command has none, the command's own identifier.
     *
     * <p>Declaring any {@link CorrelationDataProvider} bean makes Axon drop its default {@code MessageOriginProvider}
     * bean ({@code @ConditionalOnMissingBean}), so it is declared here explicitly.
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(MetaDataKeys.CAUSATION_ID, MetaDataKeys.CORRELATION_ID);
    }

    /** Copies who-and-where metadata from a command to its events, and from events to the commands sagas send. */
    @Bean
    CorrelationDataProvider requestContextProvider() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.USER_ID, MetaDataKeys.CLIENT_IP, MetaDataKeys.USER_AGENT,
                MetaDataKeys.ACTOR, MetaDataKeys.DEVICE_ID, MetaDataKeys.DEVICE_NAME);
    }
}
