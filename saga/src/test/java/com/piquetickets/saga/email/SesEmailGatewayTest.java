package com.piquetickets.saga.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.saga.email.EmailGateway.EmailDeliveryException;
import com.piquetickets.saga.fakes.FakeSes;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real SES v2 client against {@link FakeSes}. */
class SesEmailGatewayTest {

    private static final EmailMessage MESSAGE = new EmailMessage("tickets@piquetickets.local", "ada@example.com",
            "Your tickets for Hamlet", "Plain text: see you there", "<p>HTML: see you there</p>");

    private final FakeSes fake = FakeSes.start();
    private final SesEmailGateway gateway = gateway(fake.endpoint(), 1);

    @AfterEach
    void stop() {
        gateway.close();
        fake.close();
    }

    @Test
    void sendsSubjectAndBothBodiesAndReturnsSesMessageId() {
        String messageId = gateway.send(MESSAGE);

        assertThat(fake.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.messageId()).isEqualTo(messageId);
            assertThat(sent.from()).isEqualTo("tickets@piquetickets.local");
            assertThat(sent.to()).containsExactly("ada@example.com");
            assertThat(sent.subject()).isEqualTo("Your tickets for Hamlet");
            assertThat(sent.textBody()).isEqualTo("Plain text: see you there");
            assertThat(sent.htmlBody()).isEqualTo("<p>HTML: see you there</p>");
        });
        assertThat(fake.requests().getFirst().header("Authorization")).startsWith("AWS4-HMAC-SHA256");
    }

    @Test
    void serverErrorIsRetryable() {
        fake.failNext(1);

        assertThatThrownBy(() -> gateway.send(MESSAGE))
                .isInstanceOfSatisfying(EmailDeliveryException.class, e -> assertThat(e.permanent()).isFalse());
        assertThat(fake.sent()).isEmpty();
    }

    @Test
    void throttlingIsRetryable() {
        fake.throttleNext(1);

        assertThatThrownBy(() -> gateway.send(MESSAGE))
                .isInstanceOfSatisfying(EmailDeliveryException.class, e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void rejectedMessageIsPermanent() {
        fake.rejectNext(1);

        assertThatThrownBy(() -> gateway.send(MESSAGE))
                .isInstanceOfSatisfying(EmailDeliveryException.class, e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void unreachableServiceIsRetryable() {
        URI nobodyListens = fake.endpoint();
        fake.close();

        try (SesEmailGateway offline = gateway(nobodyListens, 1)) {
            assertThatThrownBy(() -> offline.send(MESSAGE))
                    .isInstanceOfSatisfying(EmailDeliveryException.class, e -> assertThat(e.permanent()).isFalse());
        }
    }

    @Test
    void sdkRetriesAPassingServerErrorItself() {
        fake.failNext(1);

        try (SesEmailGateway retrying = gateway(fake.endpoint(), 3)) {
            retrying.send(MESSAGE);
        }

        assertThat(fake.requests()).hasSize(2);
        assertThat(fake.sent()).hasSize(1);
    }

    @Test
    void loggingGatewayAcceptsEverythingUnderALogMessageId() {
        assertThat(new LoggingEmailGateway().send(MESSAGE)).startsWith("log-");
    }

    private static SesEmailGateway gateway(URI endpoint, int maxAttempts) {
        return new SesEmailGateway(SesEmailGateway.client(endpoint, "us-east-1", maxAttempts));
    }
}
