package com.piquetickets.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

class DeadLetterQueueConfigurationTest {

    @Test
    void projectionGroupsGetADeadLetterQueue() {
        assertThat(DeadLetterQueueConfiguration.isProjectionGroup("show-catalog")).isTrue();
        assertThat(DeadLetterQueueConfiguration.isProjectionGroup("order-timeline")).isTrue();
    }

    @Test
    void sagaGroupsDoNot() {
        assertThat(DeadLetterQueueConfiguration.isProjectionGroup("checkout-saga")).isFalse();
        assertThat(DeadLetterQueueConfiguration.isProjectionGroup("CheckoutSagaProcessor")).isFalse();
    }

    @Test
    void theMembershipPolicyIsRetriedLikeASaga() {
        assertThat(DeadLetterQueueConfiguration.isProjectionGroup("onboarding-membership")).isFalse();
    }

    @Test
    void aFailedEventIsParkedWithItsCause() {
        IllegalStateException cause = new IllegalStateException("row missing");
        EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

        EnqueueDecision<EventMessage<?>> decision =
                DeadLetterQueueConfiguration.enqueueLoudly(new GenericDeadLetter<>("sequence", event, cause), cause);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(c -> assertThat(c.getMessage()).contains("row missing"));
    }

    @Test
    void aFailureOutsideIsolationFailsTheBatchInsteadOfParkingTheEvent() {
        PoisonEventIsolation.RetryInIsolation retry = new PoisonEventIsolation.RetryInIsolation("retry", new IllegalStateException("x"));
        EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

        assertThatThrownBy(() -> DeadLetterQueueConfiguration.enqueueLoudly(
                new GenericDeadLetter<>("sequence", event, retry), retry)).isSameAs(retry);
    }

    @Test
    void aTransientDatabaseErrorFailsTheBatchInsteadOfParkingTheEvent() {
        Exception deadlock = new java.sql.SQLException("deadlock detected", "40P01");
        EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

        assertThatThrownBy(() -> DeadLetterQueueConfiguration.enqueueLoudly(
                new GenericDeadLetter<>("sequence", event, deadlock), new RuntimeException(deadlock)))
                .isInstanceOf(DeadLetterQueueConfiguration.TransientProjectionFailure.class);
    }
}
