package com.piquetickets.api.config;

import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one event that a projection cannot handle from stopping it. A projection handles a batch of events in one
 * transaction, and on PostgreSQL a failed statement aborts the whole transaction, dead-letter insert included; a
 * failure may also surface only at the commit's flush, far from the handler that caused it.
 *
 * <p>So a projection group whose batch rolled back handles its next batch in isolation: each event in its own savepoint,
 * flushed before the savepoint is released. An event that still fails is rolled back to its savepoint alone and handed
 * to the dead-letter queue in the same, still healthy transaction (see {@link DeadLetterQueueConfiguration}); the
 * batch commits and the group leaves isolation. A handler that throws outside isolation rolls its batch back for that
 * retry, so that nothing half-done by the failed handler is kept. Batches that never fail pay nothing for this.
 */
@Component
class PoisonEventIsolation implements HandlerEnhancerDefinition {

    private static final String REGISTERED = PoisonEventIsolation.class.getName() + ".registered.";

    private final Set<String> isolating = ConcurrentHashMap.newKeySet();
    private final EntityManagerProvider entityManagers;
    private final TransactionTemplate savepoint;

    PoisonEventIsolation(EntityManagerProvider entityManagers, PlatformTransactionManager transactions) {
        this.entityManagers = entityManagers;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** A failure outside isolation: the batch is rolled back and handled again, event by event. */
    static final class RetryInIsolation extends RuntimeException {
        RetryInIsolation(Throwable cause) {
            super("a projection failed on an event; its batch is retried in isolation", cause);
        }
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(), ProcessingGroup.class);
        if (group == null || !DeadLetterQueueConfiguration.isProjectionGroup(group.value())) {
            return original;
        }
        return new Isolated<>(original, group.value());
    }

    boolean isIsolating(String group) {
        return isolating.contains(group);
    }

    private final class Isolated<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        Isolated(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!CurrentUnitOfWork.isStarted()) {
                return super.handle(message, target);
            }
            boolean isolated = isolating.contains(group);
            watch(CurrentUnitOfWork.get().root(), isolated);
            if (!isolated) {
                try {
                    return super.handle(message, target);
                } catch (Exception e) {
                    isolating.add(group);
                    throw new RetryInIsolation(e);
                }
            }
            return inSavepoint(message, target);
        }

        /** Once per batch: a rollback sends the group into isolation; an isolated batch that commits ends it. */
        private void watch(UnitOfWork<?> batch, boolean isolated) {
            batch.resources().computeIfAbsent(REGISTERED + group, key -> {
                batch.onRollback(unitOfWork -> isolating.add(group));
                if (isolated) {
                    batch.afterCommit(unitOfWork -> isolating.remove(group));
                }
                return Boolean.TRUE;
            });
        }

        private Object inSavepoint(Message<?> message, T target) throws Exception {
            EntityManager entityManager = entityManagers.getEntityManager();
            entityManager.flush(); // what earlier events wrote stays, whatever happens to this one
            try {
                return savepoint.execute(status -> {
                    try {
                        Object result = super.handle(message, target);
                        entityManager.flush();
                        return result;
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new HandlerFailure(e);
                    }
                });
            } catch (RuntimeException e) {
                entityManager.clear(); // the failed event's entities must not be flushed again with the batch
                throw e instanceof HandlerFailure failure ? (Exception) failure.getCause() : e;
            }
        }
    }

    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Exception cause) {
            super(cause);
        }
    }
}
