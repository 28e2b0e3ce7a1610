package vn.doingoai.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Pages of lists. Every list binds a {@link Pageable} ({@code page}, {@code size}, {@code sort}); the
 * largest page is one setting, {@code spring.data.web.pageable.max-page-size} (500).
 */
public final class Paging {

    private Paging() {}

    /** The page, ordered by {@code order} when the request asked for no order. */
    public static Pageable ordered(Pageable pageable, Sort order) {
        return pageable.getSort().isSorted() || order.isUnsorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
    }
}
