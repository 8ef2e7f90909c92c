package com.piquetickets.query.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.EmailStatus;
import com.piquetickets.domain.email.EmailView;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailTrackingRowsTest {

    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

    private static EmailTrackingEntity queued() {
        return new EmailTrackingEntity(UUID.randomUUID(), UUID.randomUUID(), EmailPurpose.ORDER_CONFIRMATION,
                new EmailMessage("from@example.com", "to@example.com", "Subject", "text", "<p>html</p>"), T0);
    }

    @Test
    void aFailureWithAnotherAttemptComingStaysQueued() {
        EmailTrackingEntity email = queued();
        email.failed(1, "421", true, T0.plusSeconds(60));
        EmailView view = email.toView();
        assertThat(view.status()).isEqualTo(EmailStatus.QUEUED);
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.errorMessage()).isEqualTo("421");
        assertThat(view.failedAt()).isNotNull();
    }

    @Test
    void aFailureWithNoFurtherAttemptIsFinal() {
        EmailTrackingEntity email = queued();
        email.failed(4, "550", false, T0.plusSeconds(60));
        assertThat(email.toView().status()).isEqualTo(EmailStatus.FAILED);
        assertThat(email.toView().attempts()).isEqualTo(4);
    }

    @Test
    void sentIsFinalAndCountsAsAnAttempt() {
        EmailTrackingEntity email = queued();
        email.failed(1, "421", true, T0.plusSeconds(60));
        email.sent("msg-1", T0.plusSeconds(120));
        email.sent("msg-1", T0.plusSeconds(180));
        email.failed(1, "421", true, T0.plusSeconds(240));
        EmailView view = email.toView();
        assertThat(view.status()).isEqualTo(EmailStatus.SENT);
        assertThat(view.attempts()).isEqualTo(2);
        assertThat(view.sentAt().toInstant()).isEqualTo(T0.plusSeconds(120));
        assertThat(view.updatedAt().toInstant()).isEqualTo(T0.plusSeconds(120));
    }
}
