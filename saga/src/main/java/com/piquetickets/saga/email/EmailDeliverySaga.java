package com.piquetickets.saga.email;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailQueuedEvent;
import com.piquetickets.domain.email.RecordEmailFailureCommand;
import com.piquetickets.domain.email.RecordEmailSentCommand;
import com.piquetickets.saga.email.EmailGateway.EmailDeliveryException;
import com.piquetickets.saga.support.SagaCommands;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Delivers one queued email: hands it to the mail service, records the outcome on the email, and retries with back-off
 * ({@link EmailRetrySettings}) through the {@value #RETRY_EMAIL} deadline until it is sent, refused for good, or out of
 * attempts.
 *
 * <p>Associated by {@value #EMAIL_ID}. The saga remembers that the mail service accepted the message before it records
 * that, so neither a redelivered {@link EmailQueuedEvent} nor a failure to record sends it twice.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class EmailDeliverySaga {

    public static final String EMAIL_ID = "emailId";
    public static final String RETRY_EMAIL = "retry-email";

    private static final Logger log = LoggerFactory.getLogger(EmailDeliverySaga.class);

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient Clock clock;
    @Autowired
    private transient EmailGateway emailGateway;
    @Autowired
    private transient EmailRetrySettings retrySettings;

    private EmailId emailId;
    private EmailMessage message;
    private int attempts;
    /** The mail service's id once it accepted the message: from then on, only the recording is left. */
    private String messageId;

    @StartSaga
    @SagaEventHandler(associationProperty = EMAIL_ID)
    public void on(EmailQueuedEvent event) {
        if (emailId != null) {
            return; // redelivered: sent or retrying already
        }
        emailId = event.emailId();
        message = event.message();
        deliver();
    }

    @DeadlineHandler(deadlineName = RETRY_EMAIL)
    public void retry() {
        deliver();
    }

    private void deliver() {
        if (messageId == null && !send()) {
            return;
        }
        try {
            SagaCommands.send(commandGateway, new RecordEmailSentCommand(emailId, messageId));
        } catch (RuntimeException e) {
            // Sent, not recorded: try recording again later, never sending again.
            log.warn("Email {} was sent as {} but could not be recorded ({}); retrying the record", emailId,
                    messageId, e.getMessage());
            deadlineManager.schedule(clock.instant().plus(retrySettings.initialBackoff()), RETRY_EMAIL);
            return;
        }
        SagaLifecycle.end();
    }

    /** @return whether the mail service accepted the message; otherwise the failure is recorded and maybe retried */
    private boolean send() {
        attempts++;
        try {
            messageId = emailGateway.send(message);
            return true;
        } catch (RuntimeException e) {
            boolean permanent = e instanceof EmailDeliveryException delivery && delivery.permanent();
            String error = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            if (permanent || attempts >= retrySettings.maxAttempts()) {
                log.error("Email {} to {} failed for good after {} attempt(s): {}", emailId, message.to(), attempts,
                        error);
                SagaCommands.send(commandGateway, new RecordEmailFailureCommand(emailId, attempts, error, null));
                SagaLifecycle.end();
                return false;
            }
            Instant next = clock.instant().plus(retrySettings.backoffAfter(attempts));
            log.warn("Email {} attempt {} failed ({}); next attempt at {}", emailId, attempts, error, next);
            SagaCommands.send(commandGateway, new RecordEmailFailureCommand(emailId, attempts, error, next));
            deadlineManager.schedule(next, RETRY_EMAIL);
            return false;
        }
    }
}
