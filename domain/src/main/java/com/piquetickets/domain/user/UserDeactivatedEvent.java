package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.serialization.Revision;

/** A user can no longer sign in. */
@Revision("1")
public record UserDeactivatedEvent(UserId userId) {
}
