package com.piquetickets.command.email;

import static com.piquetickets.command.common.DomainFailures.invalidInput;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import com.piquetickets.domain.email.EmailDeliveryFailedEvent;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.EmailQueuedEvent;
import com.piquetickets.domain.email.EmailSentEvent;
import com.piquetickets.domain.email.RecordEmailFailureCommand;
import com.piquetickets.domain.email.RecordEmailSentCommand;
import com.piquetickets.domain.email.SendEmailCommand;
import com.piquetickets.domain.order.OrderId;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tracked email: queued, sent once, retried on failure until it is sent or given up on. */
class EmailTest {

    private static final EmailId EMAIL = new EmailId(UUID.fromString("00000000-0000-0000-0000-0000000ee001"));
    private static final OrderId ORDER = new OrderId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private static final EmailMessage MESSAGE = new EmailMessage("tickets@piquetickets.example", "ada@example.com",
            "Your tickets for Spring Gala", "Hello Ada", "<p>Hello Ada</p>");
    private static final EmailQueuedEvent QUEUED = new EmailQueuedEvent(EMAIL, EmailPurpose.ORDER_CONFIRMATION, ORDER, MESSAGE);
    private static final Instant RETRY_AT = Instant.parse("2030-03-01T12:05:00Z");

    private FixtureConfiguration<Email> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Email.class);
    }

    @Test
    void emailIsQueued() {
        fixture.givenNoPriorActivity()
                .when(new SendEmailCommand(EMAIL, EmailPurpose.ORDER_CONFIRMATION, ORDER, MESSAGE))
                .expectEvents(QUEUED);
    }

    @Test
    void emailNeedsARecipient() {
        fixture.givenNoPriorActivity()
                .when(new SendEmailCommand(EMAIL, EmailPurpose.ORDER_CONFIRMATION, ORDER,
                        new EmailMessage(null, " ", "Your tickets", "Hello", null)))
                .expectException(invalidInput("message.to"));
    }

    @Test
    void emailNeedsASubject() {
        fixture.givenNoPriorActivity()
                .when(new SendEmailCommand(EMAIL, EmailPurpose.ORDER_CONFIRMATION, ORDER,
                        new EmailMessage(null, "ada@example.com", "", "Hello", null)))
                .expectException(invalidInput("message.subject"));
    }

    @Test
    void sentEmailIsRecorded() {
        fixture.given(QUEUED)
                .when(new RecordEmailSentCommand(EMAIL, "ses-1"))
                .expectEvents(new EmailSentEvent(EMAIL, "ses-1"));
    }

    @Test
    void emailIsRecordedAsSentOnce() {
        fixture.given(QUEUED, new EmailSentEvent(EMAIL, "ses-1"))
                .when(new RecordEmailSentCommand(EMAIL, "ses-1"))
                .expectNoEvents();
    }

    @Test
    void failedAttemptIsRecordedWithItsRetry() {
        fixture.given(QUEUED)
                .when(new RecordEmailFailureCommand(EMAIL, 1, "throttled", RETRY_AT))
                .expectEvents(new EmailDeliveryFailedEvent(EMAIL, 1, "throttled", RETRY_AT));
    }

    @Test
    void emailIsRetriedAfterAFailure() {
        fixture.given(QUEUED, new EmailDeliveryFailedEvent(EMAIL, 1, "throttled", RETRY_AT))
                .when(new RecordEmailSentCommand(EMAIL, "ses-1"))
                .expectEvents(new EmailSentEvent(EMAIL, "ses-1"));
    }

    @Test
    void failureAfterSendingIsANoOp() {
        fixture.given(QUEUED, new EmailSentEvent(EMAIL, "ses-1"))
                .when(new RecordEmailFailureCommand(EMAIL, 2, "timeout", RETRY_AT))
                .expectNoEvents();
    }

    @Test
    void noFailuresAfterTheFinalOne() {
        fixture.given(QUEUED, new EmailDeliveryFailedEvent(EMAIL, 5, "rejected", null))
                .when(new RecordEmailFailureCommand(EMAIL, 6, "rejected", null))
                .expectNoEvents();
    }

    @Test
    void longErrorIsShortenedNotRefused() {
        fixture.given(QUEUED)
                .when(new RecordEmailFailureCommand(EMAIL, 1, "x".repeat(5_000), RETRY_AT))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(p -> p instanceof EmailDeliveryFailedEvent e && e.error().length() == Email.MAX_ERROR_LENGTH),
                        andNoMore())));
    }
}
