package com.piquetickets.domain.venue;

import com.piquetickets.domain.common.PageRequest;

/** Lists venues by name, active ones only unless {@code includeInactive}. */
public record FindVenuesQuery(PageRequest page, boolean includeInactive) {
}
