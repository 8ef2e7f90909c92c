package com.piquetickets.command.onboarding;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.common.RuleViolationException;
import com.piquetickets.domain.onboarding.InterestStatus;
import com.piquetickets.domain.onboarding.ProducerInterestId;
import com.piquetickets.domain.onboarding.ProducerInterestReviewedEvent;
import com.piquetickets.domain.onboarding.ProducerInterestSubmittedEvent;
import com.piquetickets.domain.onboarding.ReviewProducerInterestCommand;
import com.piquetickets.domain.onboarding.SubmitProducerInterestCommand;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A lead from the public "become a producer" form, and where staff have taken it: new, contacted, qualified, rejected,
 * converted. A converted lead keeps its status; its notes can still change.
 */
@Aggregate
class ProducerInterest {

    static final int MAX_NOTES_LENGTH = 5000;

    @AggregateIdentifier
    private ProducerInterestId interestId;
    private InterestStatus status;
    private String notes;

    ProducerInterest() {
        // for Axon
    }

    @CommandHandler
    ProducerInterest(SubmitProducerInterestCommand command) {
        if (command.interestId() == null) {
            throw new InvalidInputException("interestId", "is required");
        }
        apply(new ProducerInterestSubmittedEvent(command.interestId(), LeadForm.validated(command.details()),
                LeadForm.ipAddress(command.ipAddress()), LeadForm.userAgent(command.userAgent())));
    }

    @CommandHandler
    void handle(ReviewProducerInterestCommand command) {
        InterestStatus newStatus = command.status() == null ? status : command.status();
        String newNotes = command.notes() == null ? notes : Inputs.optional("notes", command.notes(), MAX_NOTES_LENGTH);
        if (newStatus != status && status == InterestStatus.CONVERTED) {
            throw new RuleViolationException("interest-closed", "a converted lead keeps its status");
        }
        if (newStatus != status || !Objects.equals(newNotes, notes)) {
            apply(new ProducerInterestReviewedEvent(interestId, newStatus, newNotes));
        }
    }

    @EventSourcingHandler
    void on(ProducerInterestSubmittedEvent event) {
        interestId = event.interestId();
        status = InterestStatus.NEW;
    }

    @EventSourcingHandler
    void on(ProducerInterestReviewedEvent event) {
        status = event.status();
        notes = event.notes();
    }
}
