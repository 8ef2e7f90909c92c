package com.piquetickets.query.email;

import com.piquetickets.domain.email.EmailDeliveryFailedEvent;
import com.piquetickets.domain.email.EmailQueuedEvent;
import com.piquetickets.domain.email.EmailSentEvent;
import com.piquetickets.query.ProcessingGroups;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds {@code email_tracking} from the email events. An email is created once; a failure sets what its (numbered)
 * attempt says, and sending is final, so applying any event again changes nothing.
 */
@Component
@ProcessingGroup(ProcessingGroups.EMAIL_TRACKING)
class EmailTrackingProjection {

    private static final Logger log = LoggerFactory.getLogger(EmailTrackingProjection.class);

    private final EmailTrackingRepository emails;

    EmailTrackingProjection(EmailTrackingRepository emails) {
        this.emails = emails;
    }

    @EventHandler
    void on(EmailQueuedEvent event, @Timestamp Instant at) {
        UUID id = event.emailId().value();
        if (!emails.existsById(id)) {
            emails.save(new EmailTrackingEntity(id, event.orderId() == null ? null : event.orderId().value(),
                    event.purpose(), event.message(), at));
        }
    }

    @EventHandler
    void on(EmailDeliveryFailedEvent event, @Timestamp Instant at) {
        change(event.emailId().value(),
                email -> email.failed(event.attempt(), event.error(), event.nextAttemptAt() != null, at));
    }

    @EventHandler
    void on(EmailSentEvent event, @Timestamp Instant at) {
        change(event.emailId().value(), email -> email.sent(event.messageId(), at));
    }

    @ResetHandler
    void reset() {
        emails.deleteAllInBatch();
    }

    private void change(UUID emailId, Consumer<EmailTrackingEntity> change) {
        emails.findById(emailId).ifPresentOrElse(email -> {
            change.accept(email);
            emails.save(email);
        }, () -> log.warn("email {} is not in the read model; event skipped", emailId));
    }
}
