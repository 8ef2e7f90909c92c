package com.piquetickets.api.config;

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
 * <p>So a projection group whose batch rolled back handles its next batch in isolation: each event in a transaction of
 * its own, flushed and committed there (a savepoint would not do: JPA marks the whole transaction for rollback once a
 * flush fails). An event that still fails is rolled back alone and handed to the dead-letter queue in the batch's
 * transaction (see {@link DeadLetterQueueConfiguration}), which stays healthy and commits with the processor's token;
 * the group then leaves isolation. Should the node stop in between, the events already committed are handled again,
 * which projections tolerate (their handlers are idempotent). A handler that throws outside isolation rolls its batch
 * back for that retry, so that nothing half-done by the failed handler is kept. Batches that never fail pay nothing.
 */
@Component
class PoisonEventIsolation implements HandlerEnhancerDefinition {

    private static final String REGISTERED = PoisonEventIsolation.class.getName() + ".registered.";

    private final Set<String> isolating = ConcurrentHashMap.newKeySet();
    private final EntityManagerProvider entityManagers;
    private final TransactionTemplate ownTransaction;

    PoisonEventIsolation(EntityManagerProvider entityManagers, PlatformTransactionManager transactions) {
        this.entityManagers = entityManagers;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A failure that is not the event's to answer for, so the batch is rolled back and handled again instead of the
     * event being dead-lettered: a failure outside isolation (retried event by event), or a transaction of its own that
     * could not be had.
     */
    static final class RetryInIsolation extends RuntimeException {
        RetryInIsolation(String why, Throwable cause) {
            super(why, cause);
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
                    throw new RetryInIsolation("a projection failed on an event; its batch is retried in isolation", e);
                }
            }
            return inOwnTransaction(message, target);
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

        private Object inOwnTransaction(Message<?> message, T target) throws Exception {
            try {
                return ownTransaction.execute(status -> {
                    try {
                        Object result = super.handle(message, target);
                        entityManagers.getEntityManager().flush();
                        return result;
                    } catch (Exception e) {
                        throw new HandlerFailure(e);
                    }
                });
            } catch (HandlerFailure failure) {
                throw (Exception) failure.getCause();
            } catch (RuntimeException e) {
                throw new RetryInIsolation("an event could not be handled in a transaction of its own", e);
            }
        }
    }

    /** What the handler (or the flush of what it wrote) threw: the event's own failure. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(Exception cause) {
            super(cause);
        }
    }
}
