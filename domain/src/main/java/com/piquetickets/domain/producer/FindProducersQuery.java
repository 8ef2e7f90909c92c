package com.piquetickets.domain.producer;

import com.piquetickets.domain.common.PageRequest;

/** Lists producers by name, active ones only unless {@code includeInactive}. */
public record FindProducersQuery(PageRequest page, boolean includeInactive) {
}
