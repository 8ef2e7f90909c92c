package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Grants or withdraws the right to publish shows of the user's producers (UserProfile.can_publish_shows). */
public record ChangePublishPermissionCommand(@TargetAggregateIdentifier UserId userId, boolean canPublishShows) {
}
