package com.piquetickets.saga.email;

import com.piquetickets.domain.email.EmailMessage;

/** Hands an email to a mail service (SES, or the log when none is configured). */
public interface EmailGateway {

    /**
     * Sends the message and returns the mail service's message id.
     *
     * @throws EmailDeliveryException when the service refused or could not be reached; the caller retries later
     */
    String send(EmailMessage message);

    /** A failed attempt; {@code permanent} when retrying cannot help (an invalid address, say). */
    class EmailDeliveryException extends RuntimeException {

        private final boolean permanent;

        public EmailDeliveryException(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
