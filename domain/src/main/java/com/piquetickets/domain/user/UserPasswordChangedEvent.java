package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.serialization.Revision;

/** A user's password was replaced (the password itself is never in an event). */
@Revision("1")
public record UserPasswordChangedEvent(UserId userId) {
}
