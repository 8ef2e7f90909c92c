package com.piquetickets.domain.email;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A delivery attempt failed; it is tried again at {@code nextAttemptAt}, or never when that is null. */
@Revision("1")
public record EmailDeliveryFailedEvent(EmailId emailId, int attempt, String error, Instant nextAttemptAt) {
}
