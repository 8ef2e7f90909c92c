package com.piquetickets.command.email;

import static com.piquetickets.command.common.Inputs.MAX_TEXT_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.piquetickets.command.common.AggregateCaches;
import com.piquetickets.command.common.Inputs;
import com.piquetickets.domain.common.InvalidInputException;
import com.piquetickets.domain.email.EmailDeliveryFailedEvent;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailQueuedEvent;
import com.piquetickets.domain.email.EmailSentEvent;
import com.piquetickets.domain.email.EmailStatus;
import com.piquetickets.domain.email.RecordEmailFailureCommand;
import com.piquetickets.domain.email.RecordEmailSentCommand;
import com.piquetickets.domain.email.SendEmailCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One tracked email: QUEUED until the mail service accepts it (SENT) or the sender gives up (FAILED). Reports that
 * come after the outcome is known change nothing, so retried deliveries and late reports are harmless.
 */
@Aggregate(cache = AggregateCaches.EMAIL)
class Email {

    static final int MAX_ERROR_LENGTH = 2_000;

    @AggregateIdentifier
    private EmailId emailId;
    private EmailStatus status;

    Email() {
        // for Axon
    }

    @CommandHandler
    Email(SendEmailCommand command) {
        if (command.purpose() == null) {
            throw new InvalidInputException("purpose", "is required");
        }
        EmailMessage message = command.message();
        if (message == null) {
            throw new InvalidInputException("message", "is required");
        }
        EmailMessage checked = new EmailMessage(
                message.from() == null || message.from().isBlank() ? null : Inputs.email("message.from", message.from()),
                Inputs.email("message.to", message.to()),
                Inputs.required("message.subject", message.subject(), MAX_TEXT_LENGTH),
                message.textBody(),
                message.htmlBody());
        apply(new EmailQueuedEvent(command.emailId(), command.purpose(), command.orderId(), checked));
    }

    @CommandHandler
    void handle(RecordEmailSentCommand command) {
        if (status == EmailStatus.SENT) {
            return;
        }
        apply(new EmailSentEvent(emailId, Inputs.optional("messageId", command.messageId(), MAX_TEXT_LENGTH)));
    }

    @CommandHandler
    void handle(RecordEmailFailureCommand command) {
        if (status != EmailStatus.QUEUED) {
            return; // sent, or given up on already
        }
        if (command.attempt() < 1) {
            throw new InvalidInputException("attempt", "counts from 1");
        }
        apply(new EmailDeliveryFailedEvent(emailId, command.attempt(),
                truncated(command.error()), command.nextAttemptAt()));
    }

    /** What the mail service said, cut to a length worth keeping; a long error is no reason to lose the failure. */
    private static String truncated(String error) {
        if (error == null || error.isBlank()) {
            return null;
        }
        String trimmed = error.strip();
        return trimmed.length() <= MAX_ERROR_LENGTH ? trimmed : trimmed.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    @EventSourcingHandler
    void on(EmailQueuedEvent event) {
        emailId = event.emailId();
        status = EmailStatus.QUEUED;
    }

    @EventSourcingHandler
    void on(EmailSentEvent event) {
        status = EmailStatus.SENT;
    }

    @EventSourcingHandler
    void on(EmailDeliveryFailedEvent event) {
        status = event.nextAttemptAt() == null ? EmailStatus.FAILED : EmailStatus.QUEUED;
    }
}
