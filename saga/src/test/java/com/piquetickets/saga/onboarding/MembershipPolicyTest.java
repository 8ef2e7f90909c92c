package com.piquetickets.saga.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.common.NotFoundException;
import com.piquetickets.domain.common.UserId;
import com.piquetickets.domain.onboarding.InvitationAcceptedEvent;
import com.piquetickets.domain.onboarding.OnboardingSessionId;
import com.piquetickets.domain.producer.ProducerId;
import com.piquetickets.domain.user.AssociateUserWithProducerCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembershipPolicyTest {

    private static final OnboardingSessionId SESSION = new OnboardingSessionId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
    private static final ProducerId OWLS = new ProducerId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final UserId ADA = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final InvitationAcceptedEvent ACCEPTED = new InvitationAcceptedEvent(SESSION, OWLS, ADA);

    private final List<Object> sent = new ArrayList<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private AnnotationEventHandlerAdapter policy;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(AssociateUserWithProducerCommand.class.getName(), command -> {
            sent.add(command.getPayload());
            if (failure.get() != null) {
                throw failure.get();
            }
            return null;
        });
        policy = new AnnotationEventHandlerAdapter(
                new MembershipPolicy(DefaultCommandGateway.builder().commandBus(bus).build()));
    }

    private void deliver() throws Exception {
        policy.handle(GenericEventMessage.asEventMessage(ACCEPTED));
    }

    @Test
    void anAcceptedInvitationMakesTheUserAMemberOfTheProducer() throws Exception {
        deliver();

        assertThat(sent).containsExactly(new AssociateUserWithProducerCommand(ADA, OWLS));
    }

    @Test
    void aRedeliveredAcceptanceAsksAgainAndTheIdempotentCommandDecides() throws Exception {
        deliver();
        deliver();

        assertThat(sent).containsExactly(new AssociateUserWithProducerCommand(ADA, OWLS),
                new AssociateUserWithProducerCommand(ADA, OWLS));
    }

    @Test
    void aFailureOfTheInfrastructurePropagatesSoTheEventIsRetried() {
        failure.set(new IllegalStateException("database unavailable"));

        assertThatThrownBy(this::deliver).hasMessageContaining("database unavailable");
    }

    @Test
    void aBusinessRefusalIsLoggedAndPassedBecauseRetryingCannotHelp() throws Exception {
        failure.set(new NotFoundException("producer", OWLS, "producerId"));

        deliver();

        assertThat(sent).hasSize(1);
    }

    @Test
    void runsInItsOwnProcessingGroup() {
        assertThat(MembershipPolicy.class.getAnnotation(ProcessingGroup.class).value()).isEqualTo("onboarding-membership");
    }
}
