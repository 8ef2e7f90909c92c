package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.serialization.Revision;

/** A user may now (or may no longer) publish shows of their producers. */
@Revision("1")
public record PublishPermissionChangedEvent(UserId userId, boolean canPublishShows) {
}
