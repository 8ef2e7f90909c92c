package com.piquetickets.domain.email;

import org.axonframework.serialization.Revision;

/** An email was accepted by the mail service under {@code messageId}. */
@Revision("1")
public record EmailSentEvent(EmailId emailId, String messageId) {
}
