package com.piquetickets.domain.show;

import com.piquetickets.domain.common.PageRequest;

/** Lists shows matching a filter, sorted by start time (then title). */
public record FindShowsQuery(ShowFilter filter, PageRequest page) {
}
