package com.piquetickets.domain.attendee;

/** Why an admission a device made offline does not count. */
public enum ConflictReason {
    /** Another scan had admitted the ticket, earlier, for the same stay. */
    ALREADY_INSIDE,
    /** The ticket had been voided (refunded or cancelled) before the scan. */
    VOIDED
}
