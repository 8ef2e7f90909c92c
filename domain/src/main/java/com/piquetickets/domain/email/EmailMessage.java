package com.piquetickets.domain.email;

/** An email as sent: both an HTML and a plain-text body. */
public record EmailMessage(String from, String to, String subject, String textBody, String htmlBody) {
}
