package com.piquetickets.domain.performer;

import com.piquetickets.domain.common.PageRequest;

/** Lists performers by name. */
public record FindPerformersQuery(PageRequest page) {
}
