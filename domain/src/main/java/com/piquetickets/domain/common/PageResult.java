package com.piquetickets.domain.common;

import java.util.List;

/** One page of a list query's results, with the total count across all pages. */
public record PageResult<T>(List<T> items, long totalElements, int page, int size) {

    public PageResult {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }
}
