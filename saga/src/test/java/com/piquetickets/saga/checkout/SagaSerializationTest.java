package com.piquetickets.saga.checkout;

import static com.piquetickets.saga.checkout.CheckoutExamples.ORDER;
import static com.piquetickets.saga.checkout.CheckoutExamples.SHOW;
import static com.piquetickets.saga.checkout.CheckoutExamples.T0;
import static com.piquetickets.saga.checkout.CheckoutExamples.usd;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.piquetickets.domain.attendee.AttendeeId;
import com.piquetickets.domain.email.EmailId;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.EmailQueuedEvent;
import com.piquetickets.domain.email.RecordEmailSentCommand;
import com.piquetickets.domain.order.PaymentMethod;
import com.piquetickets.domain.order.RecordRefundCommand;
import com.piquetickets.domain.order.RefundRequestedEvent;
import com.piquetickets.saga.email.EmailDeliverySaga;
import com.piquetickets.saga.email.EmailGateway;
import com.piquetickets.saga.email.EmailRetrySettings;
import com.piquetickets.saga.support.TestSagaScope;
import com.piquetickets.saga.config.GatewayProperties;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.saga.SimpleResourceInjector;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application stores sagas with Axon's Jackson 2 serializer: a saga taken off the store mid-flight must carry on
 * where it stopped, and none of its injected resources may end up in the stored state.
 */
class SagaSerializationTest {

    private static final String[] RESOURCES = {"commandGateway", "deadlineManager", "clock", "retry", "composer",
            "stripe", "emailGateway", "retrySettings"};

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    private final TestSagaScope scope = new TestSagaScope("saga-under-test");
    private RecordingCommandBus commandBus;
    private SimpleResourceInjector resources;

    @BeforeEach
    void setUp() {
        commandBus = new RecordingCommandBus();
        StubDeadlineManager deadlines = new StubDeadlineManager(T0);
        resources = new SimpleResourceInjector(DefaultCommandGateway.builder().commandBus(commandBus).build(),
                deadlines, Clock.fixed(T0, ZoneOffset.UTC), GatewayProperties.Retry.defaults(), EmailRetrySettings.defaults(),
                new RecordingComposer(), new FakeStripeGateway().failingRefunds(1), new FlakyEmailGateway());
    }

    @Test
    void refundWaitingToRetryStripeCarriesOnAfterARoundTrip() {
        RefundSaga saga = new RefundSaga();
        resources.injectResources(saga);
        UUID refundId = UUID.fromString("9d0f2f4e-3b5a-4c1e-8a7b-6c5d4e3f2a10");
        scope.run(() -> saga.on(new RefundRequestedEvent(ORDER, refundId, usd("116.60"), "buyer asked", false, false, SHOW,
                PaymentMethod.STRIPE, "pi_test_1", List.of(new AttendeeId(UUID.randomUUID())))));

        RefundSaga restored = roundTrip(saga, RefundSaga.class);
        assertThat(restored).usingRecursiveComparison().ignoringFields(RESOURCES).isEqualTo(saga);
        resources.injectResources(restored);
        commandBus.clearCommands();
        scope.run(restored::retry);

        assertThat(payloads()).containsExactly(new RecordRefundCommand(ORDER, refundId, "re_test_1"));
        assertThat(scope.ended()).isTrue();
    }

    @Test
    void emailWaitingToRetryCarriesOnAfterARoundTrip() {
        EmailDeliverySaga saga = new EmailDeliverySaga();
        resources.injectResources(saga);
        EmailId emailId = new EmailId(UUID.fromString("1e2d3c4b-5a69-4788-9766-554433221100"));
        scope.run(() -> saga.on(new EmailQueuedEvent(emailId, EmailPurpose.ORDER_CONFIRMATION, ORDER,
                new EmailMessage("tickets@piquetickets.test", "ada@example.com", "Your tickets", "text", "<p>html</p>"))));

        EmailDeliverySaga restored = roundTrip(saga, EmailDeliverySaga.class);
        assertThat(restored).usingRecursiveComparison().ignoringFields(RESOURCES).isEqualTo(saga);
        resources.injectResources(restored);
        commandBus.clearCommands();
        scope.run(restored::retry);

        assertThat(payloads()).containsExactly(new RecordEmailSentCommand(emailId, "ses-2"));
        assertThat(scope.ended()).isTrue();
    }

    private <T> T roundTrip(T saga, Class<T> type) {
        SerializedObject<String> stored = serializer.serialize(saga, String.class);
        for (String resource : RESOURCES) {
            assertThat(stored.getData()).doesNotContain("\"" + resource + "\"");
        }
        T restored = serializer.deserialize(stored);
        assertThat(restored).isInstanceOf(type);
        return restored;
    }

    private List<Object> payloads() {
        return commandBus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast)
                .toList();
    }

    /** Fails the first attempt, then accepts. */
    private static final class FlakyEmailGateway implements EmailGateway {

        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public String send(EmailMessage message) {
            int call = calls.incrementAndGet();
            if (call == 1) {
                throw new EmailDeliveryException("throttled", false, null);
            }
            return "ses-" + call;
        }
    }
}
