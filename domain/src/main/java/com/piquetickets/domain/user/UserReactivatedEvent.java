package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.serialization.Revision;

/** A deactivated user can sign in again. */
@Revision("1")
public record UserReactivatedEvent(UserId userId) {
}
