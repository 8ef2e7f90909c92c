package com.piquetickets.api.config;

import static org.assertj.core.api.Assertions.assertThat;

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
}
