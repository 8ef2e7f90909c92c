package com.piquetickets.domain.email;

import com.piquetickets.domain.common.Personal;

/** An email as sent: both an HTML and a plain-text body. */
public record EmailMessage(String from, @Personal String to, String subject, @Personal String textBody, @Personal String htmlBody) {
}
