package com.piquetickets.api.web;

import com.piquetickets.domain.common.PageResult;
import java.util.List;

/** A page of a list as the API returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public static <T> PageResponse<T> of(PageResult<T> result) {
        return new PageResponse<>(result.items(), result.page(), result.size(), result.totalElements(), result.totalPages());
    }
}
