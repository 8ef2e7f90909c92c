package com.piquetickets.api.config;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.piquetickets.saga.onboarding.MembershipPolicy;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.context.annotation.Configuration;

/**
 * A JPA sequenced dead-letter queue for every projection processing group, without listing group names.
 *
 * <p>Axon 4.13 only offers {@code axon.eventhandling.processors.<name>.dlq.enabled} per group (there is no default
 * for all groups). Its {@code JpaAutoConfiguration} builds a {@link DeadLetterQueueProviderConfigurerModule} bean
 * only when none exists, so this class supplies that bean with a different rule: every group gets a queue unless its
 * name ends in {@code saga} or {@code SagaProcessor} (Axon's default saga processor name). Axon consults the provider
 * only for event-handler groups, never for saga managers, so the name rule is a second guard.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterQueueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueueConfiguration.class);

    /** Event handlers of the saga module that act like sagas (they send commands), so they are retried, not parked. */
    static final Set<String> RETRIED_POLICIES = Set.of(MembershipPolicy.PROCESSING_GROUP);

    @Bean
    DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            EventProcessorProperties eventProcessorProperties,
            EntityManagerProvider entityManagerProvider,
            TransactionManager transactionManager,
            Serializer genericSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return new ProjectionDeadLetterQueues(
                eventProcessorProperties,
                processingGroup -> config -> JpaSequencedDeadLetterQueue.builder()
                        .processingGroup(processingGroup)
                        .entityManagerProvider(entityManagerProvider)
                        .transactionManager(transactionManager)
                        .genericSerializer(genericSerializer)
                        .eventSerializer(eventSerializer)
                        .build());
    }

    /**
     * Parks the failed event (its sequence waits behind it) and says so at ERROR: a dead letter means a projection is
     * missing rows, and nobody should have to find that out by reading tables. Two failures are not the event's fault
     * and fail the batch instead, so that it is handled again: a failure outside isolation ({@link PoisonEventIsolation}
     * retries it event by event) and a transient database error (a deadlock, a serialization failure, a lost connection).
     */
    static EnqueueDecision<EventMessage<?>> enqueueLoudly(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (cause instanceof PoisonEventIsolation.RetryInIsolation retry) {
            throw retry;
        }
        if (isTransient(cause)) {
            throw new TransientProjectionFailure(cause);
        }
        EventMessage<?> event = letter.message();
        log.error("dead-lettered {} ({}): {}", event.getPayloadType().getSimpleName(), event.getIdentifier(),
                cause.toString(), cause);
        return Decisions.enqueue(cause);
    }

    private static boolean isTransient(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof java.sql.SQLTransientException
                    || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /** A projection failed for a reason that should pass; the batch is retried rather than the event parked. */
    static final class TransientProjectionFailure extends RuntimeException {
        TransientProjectionFailure(Throwable cause) {
            super("a projection failed on a transient database error; its batch is retried", cause);
        }
    }

    static boolean isProjectionGroup(String processingGroup) {
        String name = processingGroup.toLowerCase(Locale.ROOT);
        return !name.endsWith("saga") && !name.endsWith("sagaprocessor") && !RETRIED_POLICIES.contains(processingGroup);
    }

    static final class ProjectionDeadLetterQueues extends DeadLetterQueueProviderConfigurerModule {

        private final Function<String, Function<org.axonframework.config.Configuration,
                SequencedDeadLetterQueue<EventMessage<?>>>> provider;

        ProjectionDeadLetterQueues(
                EventProcessorProperties eventProcessorProperties,
                Function<String, Function<org.axonframework.config.Configuration,
                        SequencedDeadLetterQueue<EventMessage<?>>>> provider) {
            super(eventProcessorProperties, provider);
            this.provider = provider;
        }

        @Override
        public void configureModule(Configurer configurer) {
            configurer.eventProcessing()
                    .registerDeadLetterQueueProvider(group -> isProjectionGroup(group) ? provider.apply(group) : null)
                    .registerDefaultDeadLetterPolicy(config -> DeadLetterQueueConfiguration::enqueueLoudly);
        }
    }
}
