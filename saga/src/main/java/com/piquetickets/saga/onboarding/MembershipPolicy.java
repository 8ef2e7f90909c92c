package com.piquetickets.saga.onboarding;

import com.piquetickets.domain.onboarding.InvitationAcceptedEvent;
import com.piquetickets.domain.user.AssociateUserWithProducerCommand;
import com.piquetickets.saga.support.SagaCommands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An accepted invitation always ends in a membership: on {@link InvitationAcceptedEvent} the user is associated with
 * the producer, even when the request that accepted the invitation died before doing so itself. Associating is
 * idempotent, so this and the request may both do it, and a redelivered event changes nothing.
 * <p>
 * Failures are retried like the sagas' (the processor backs off and handles the event again; this group gets no
 * dead-letter queue). A business refusal (the user or producer does not exist) cannot get better by retrying: it is
 * logged and the event is passed, so that one bad event does not stop every later invitation.
 */
@Component
@ProcessingGroup(MembershipPolicy.PROCESSING_GROUP)
public class MembershipPolicy {

    public static final String PROCESSING_GROUP = "onboarding-membership";

    private static final Logger log = LoggerFactory.getLogger(MembershipPolicy.class);

    private final CommandGateway commands;

    public MembershipPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(InvitationAcceptedEvent event) {
        try {
            SagaCommands.send(commands, new AssociateUserWithProducerCommand(event.userId(), event.producerId()));
        } catch (RuntimeException e) {
            if (SagaCommands.businessRejection(e).isEmpty()) {
                throw e;
            }
            log.error("invitation {} was accepted by user {} but they could not be associated with producer {}: {}",
                    event.sessionId(), event.userId(), event.producerId(), e.toString());
        }
    }
}
