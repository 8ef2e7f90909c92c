package com.piquetickets.query.email;

import com.piquetickets.query.InsertedRow;
import com.piquetickets.domain.email.EmailMessage;
import com.piquetickets.domain.email.EmailPurpose;
import com.piquetickets.domain.email.EmailStatus;
import com.piquetickets.domain.email.EmailView;
import com.piquetickets.query.Utc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code email_tracking}. SENT is final: a failure reported after it changes nothing. {@code attempts}
 * counts delivery attempts, the failed ones (numbered by the events) and the one that succeeded.
 */
@Entity(name = "EmailTrackingEntity")
@Table(name = "email_tracking")
class EmailTrackingEntity extends InsertedRow {

    @Id
    private UUID id;
    @Column(name = "order_id")
    private UUID orderId;
    /** An {@link EmailPurpose} name. */
    private String purpose;
    private String recipient;
    private String subject;
    private String body;
    @Column(name = "html_body")
    private String htmlBody;
    @Column(name = "from_email")
    private String fromEmail;
    /** An {@link EmailStatus} name. */
    private String status;
    private int attempts;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "failed_at")
    private Instant failedAt;
    @Column(name = "error_message")
    private String errorMessage;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Override
    public UUID getId() {
        return id;
    }

    protected EmailTrackingEntity() {
        // for JPA
    }

    EmailTrackingEntity(UUID id, UUID orderId, EmailPurpose purpose, EmailMessage message, Instant at) {
        this.id = id;
        this.orderId = orderId;
        this.purpose = purpose.name();
        this.recipient = message.to();
        this.fromEmail = message.from();
        this.subject = message.subject();
        this.body = message.textBody();
        this.htmlBody = message.htmlBody();
        this.status = EmailStatus.QUEUED.name();
        this.createdAt = at;
        this.updatedAt = at;
    }

    private boolean sent() {
        return EmailStatus.SENT.name().equals(status);
    }

    /** Attempt {@code attempt} failed; FAILED when no further attempt comes, otherwise still QUEUED. */
    void failed(int attempt, String error, boolean retried, Instant at) {
        if (sent()) {
            return;
        }
        this.attempts = Math.max(attempts, attempt);
        this.errorMessage = error;
        this.failedAt = at;
        this.status = (retried ? EmailStatus.QUEUED : EmailStatus.FAILED).name();
        this.updatedAt = at;
    }

    /** The mail service took it; the last error stays as a record of what happened before. */
    void sent(String messageId, Instant at) {
        if (sent()) {
            return;
        }
        this.status = EmailStatus.SENT.name();
        this.attempts = attempts + 1;
        this.messageId = messageId;
        this.sentAt = at;
        this.updatedAt = at;
    }

    EmailView toView() {
        return new EmailView(id, orderId, EmailPurpose.valueOf(purpose), recipient, fromEmail, subject, body, htmlBody,
                EmailStatus.valueOf(status), attempts, errorMessage, messageId, Utc.of(sentAt), Utc.of(failedAt),
                Utc.of(createdAt), Utc.of(updatedAt));
    }
}
