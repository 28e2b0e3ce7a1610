package vn.doingoai.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Pages of lists. Every list binds a {@link Pageable} ({@code page}, {@code size}, {@code sort}); the
 * largest page is one setting, {@code spring.data.web.pageable.max-page-size} (500).
 */
public final class Paging {

    private Paging() {}

    /** A page of rows held in memory (a view computed from several records), with their total. */
    public static <T> Page<T> of(List<T> rows, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }

    /** The page, ordered by {@code order} when the request asked for no order. */
    public static Pageable ordered(Pageable pageable, Sort order) {
        return pageable.getSort().isSorted() || order.isUnsorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
    }
}
