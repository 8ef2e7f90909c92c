package com.piquetickets.domain.order;

import com.piquetickets.domain.common.PageRequest;
import java.util.UUID;

/** Orders by buyer email and/or show (both optional), newest first. */
public record FindOrdersQuery(String email, UUID showId, PageRequest page) {
}
