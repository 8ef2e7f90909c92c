package com.piquetickets.saga.email;

import static com.piquetickets.saga.email.EmailDeliverySaga.EMAIL_ID;
import static com.piquetickets.saga.email.EmailDeliverySaga.RETRY_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.EmailQueuedEvent;
import com.piquetickets.domain.email.RecordEmailFailureCommand;
import com.piquetickets.domain.email.RecordEmailSentCommand;
import com.piquetickets.domain.order.OrderId;
import com.piquetickets.saga.email.EmailGateway.EmailDeliveryException;
import com.piquetickets.saga.support.FixtureClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailDeliverySagaTest {

    private static final Instant T0 = Instant.parse("2026-03-01T18:00:00Z");
    private static final EmailId EMAIL = EmailId.of("1e2d3c4b-5a69-4788-9766-554433221100");
    private static final OrderId ORDER = OrderId.of("6f1c7a52-0c4e-4d7e-9a51-3f0f4b1d2a01");
    private static final EmailMessage MESSAGE = new EmailMessage("tickets@piquetickets.test", "ada@example.com",
            "Your tickets", "See you at the show", "<p>See you at the show</p>");
    /** Short for tests: 1 s, 2 s, 4 s..., three attempts in all. */
    private static final EmailRetrySettings RETRY = new EmailRetrySettings(Duration.ofSeconds(1), Duration.ofSeconds(4), 3);

    private SagaTestFixture<EmailDeliverySaga> fixture;
    private ScriptedEmailGateway gateway;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EmailDeliverySaga.class);
        gateway = new ScriptedEmailGateway();
        fixture.registerResource(new FixtureClock(fixture::currentTime));
        fixture.registerResource(RETRY);
        fixture.registerResource(gateway);
        fixture.givenCurrentTime(T0);
    }

    @Test
    void queuedEmailIsSentAndRecorded() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(queued())
                .expectDispatchedCommands(new RecordEmailSentCommand(EMAIL, "ses-1"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        assertThat(gateway.sent).containsExactly(MESSAGE);
    }

    @Test
    void failedAttemptIsRecordedAndRetriedWithBackOffUntilSent() {
        gateway.failing(transientFailure());
        fixture.givenNoPriorActivity()
                .whenPublishingA(queued())
                .expectDispatchedCommands(new RecordEmailFailureCommand(EMAIL, 1, "throttled", T0.plusSeconds(1)))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), RETRY_EMAIL)
                .expectAssociationWith(EMAIL_ID, EMAIL)
                .expectActiveSagas(1);

        fixture.whenTimeElapses(Duration.ofSeconds(1))
                .expectTriggeredDeadlinesWithName(RETRY_EMAIL)
                .expectDispatchedCommands(new RecordEmailSentCommand(EMAIL, "ses-2"))
                .expectActiveSagas(0);
        assertThat(gateway.sent).hasSize(2);
    }

    @Test
    void secondFailureWaitsTwiceAsLong() throws Exception {
        gateway.failing(transientFailure(), transientFailure());
        fixture.givenAPublished(queued())
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectDispatchedCommands(new RecordEmailFailureCommand(EMAIL, 2, "throttled", T0.plusSeconds(3)))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(2), RETRY_EMAIL)
                .expectActiveSagas(1);
    }

    @Test
    void permanentFailureGivesUpAtOnce() {
        gateway.failing(new EmailDeliveryException("invalid address", true, null));
        fixture.givenNoPriorActivity()
                .whenPublishingA(queued())
                .expectDispatchedCommands(new RecordEmailFailureCommand(EMAIL, 1, "invalid address", null))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void emailGivesUpAfterItsLastAttempt() throws Exception {
        gateway.failing(transientFailure(), transientFailure(), transientFailure());
        fixture.givenAPublished(queued())
                .andThenTimeElapses(Duration.ofSeconds(1))
                .whenTimeElapses(Duration.ofSeconds(2))
                .expectDispatchedCommands(new RecordEmailFailureCommand(EMAIL, 3, "throttled", null))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        assertThat(gateway.sent).hasSize(3);
    }

    @Test
    void redeliveredQueuedEventDoesNotSendAgain() throws Exception {
        gateway.failing(transientFailure());
        fixture.givenAPublished(queued())
                .whenPublishingA(queued())
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
        assertThat(gateway.sent).hasSize(1);
    }

    @Test
    void sentEmailThatCouldNotBeRecordedIsRecordedLaterWithoutSendingAgain() {
        AtomicBoolean storeDown = new AtomicBoolean(true);
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof RecordEmailSentCommand && storeDown.getAndSet(false)) {
                throw new IllegalStateException("event store unavailable");
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(queued())
                .expectDispatchedCommands(new RecordEmailSentCommand(EMAIL, "ses-1"))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(1), RETRY_EMAIL)
                .expectActiveSagas(1);

        fixture.whenTimeElapses(Duration.ofSeconds(1))
                .expectDispatchedCommands(new RecordEmailSentCommand(EMAIL, "ses-1"))
                .expectActiveSagas(0);
        assertThat(gateway.sent).hasSize(1);
    }

    private static EmailQueuedEvent queued() {
        return new EmailQueuedEvent(EMAIL, EmailPurpose.ORDER_CONFIRMATION, ORDER, MESSAGE);
    }

    private static EmailDeliveryException transientFailure() {
        return new EmailDeliveryException("throttled", false, null);
    }

    /** Fails with the scripted exceptions first, then accepts every message. */
    private static final class ScriptedEmailGateway implements EmailGateway {

        final List<EmailMessage> sent = new ArrayList<>();
        private final Deque<RuntimeException> failures = new ArrayDeque<>();

        void failing(RuntimeException... script) {
            failures.addAll(List.of(script));
        }

        @Override
        public String send(EmailMessage message) {
            sent.add(message);
            if (!failures.isEmpty()) {
                throw failures.removeFirst();
            }
            return "ses-" + sent.size();
        }
    }
}
