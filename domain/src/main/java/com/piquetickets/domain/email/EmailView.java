package com.piquetickets.domain.email;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One tracked email (SCHEMA email_tracking). */
public record EmailView(
        UUID id,
        UUID orderId,
        EmailPurpose purpose,
        String recipient,
        String fromEmail,
        String subject,
        String body,
        String htmlBody,
        EmailStatus status,
        int attempts,
        String errorMessage,
        String messageId,
        OffsetDateTime sentAt,
        OffsetDateTime failedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
