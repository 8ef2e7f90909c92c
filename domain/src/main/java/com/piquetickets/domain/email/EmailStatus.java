package com.piquetickets.domain.email;

/** Where an email is: QUEUED (waiting or retrying), SENT, FAILED (gave up). */
public enum EmailStatus {
    QUEUED,
    SENT,
    FAILED
}
