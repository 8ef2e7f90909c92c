package com.piquetickets.query;

import com.piquetickets.domain.common.PageRequest;
import com.piquetickets.domain.common.PageResult;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Between the domain's {@link PageRequest}/{@link PageResult} and Spring Data's paging. */
public final class Pages {

    private Pages() {
    }

    /** The requested page, or the first page of the default size when none was given. */
    public static PageRequest orFirst(PageRequest page) {
        return page == null ? PageRequest.first() : page;
    }

    public static Pageable pageable(PageRequest page, Sort sort) {
        PageRequest p = orFirst(page);
        return org.springframework.data.domain.PageRequest.of(p.page(), p.size(), sort);
    }

    /** Sorted by name ignoring case, then by id so that equal names page stably. */
    public static Sort byName() {
        return Sort.by(Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id"));
    }

    public static <E, T> PageResult<T> result(Page<E> page, Function<? super E, T> toView) {
        return new PageResult<>(page.map(toView).getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
    }
}
