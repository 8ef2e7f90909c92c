package com.piquetickets.domain.user;

import com.piquetickets.domain.common.PageRequest;

/** Lists users ordered by email; answers a page of {@link UserView}. */
public record FindUsersQuery(PageRequest page) {
}
