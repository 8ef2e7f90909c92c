package com.piquetickets.domain.attendee;

/** What the door answers to a scan. */
public enum ScanResult {
    /** Let them in. */
    ADMITTED,
    /** They left; they may come back in. */
    EXITED,
    /** Already in (since when, at which gate, is said with it). */
    ALREADY_INSIDE,
    /** An exit of someone who is not inside: nothing recorded. */
    NOT_INSIDE,
    /** Refunded or cancelled: not valid. */
    VOIDED,
    /** A valid ticket of another show. */
    WRONG_SHOW,
    /** Not a ticket of ours: forged, altered or unreadable. */
    UNKNOWN,
    /** Too early: check-in opens a configurable time before the doors. */
    NOT_OPEN_YET,
    /** An offline admission recorded as a conflict with another scan (or with a void). */
    CONFLICT,
    /** An admission taken back. */
    UNDONE
}
