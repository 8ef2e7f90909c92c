package com.piquetickets.saga.email;

import com.piquetickets.domain.email.EmailMessage;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where emails go when no mail service is configured: one INFO line with recipient and subject (bodies may carry
 * ticket links, so they stay out of the log). The email still counts as sent, under a {@code log-<uuid>} message id.
 */
public class LoggingEmailGateway implements EmailGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingEmailGateway.class);

    @Override
    public String send(EmailMessage message) {
        String messageId = "log-" + UUID.randomUUID();
        log.info("Email not sent (no mail service configured): to={} subject=\"{}\" messageId={}",
                message.to(), message.subject(), messageId);
        return messageId;
    }
}
