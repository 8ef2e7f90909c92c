package com.piquetickets.domain.user;

import com.piquetickets.domain.common.UserId;

/** Finds one user by id; answers a {@link UserView}. */
public record FindUserQuery(UserId userId) {
}
