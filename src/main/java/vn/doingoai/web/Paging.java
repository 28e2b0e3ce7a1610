package vn.doingoai.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;

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

    /**
     * The API's {@code page} and {@code size} as they were sent: a whole number each, the page from 0
     * and the size from 1, or a problem at its name (400). Spring would otherwise take an unreadable
     * one for the default without a word. A size above the largest is the largest page, as documented.
     */
    public static void checkRequested(String page, String size) {
        List<FieldProblem> problems = new ArrayList<>();
        whole("page", page, 0, problems);
        whole("size", size, 1, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void whole(String name, String text, int least, List<FieldProblem> problems) {
        if (text == null) {
            return;
        }
        try {
            if (Integer.parseInt(text.trim()) >= least) {
                return;
            }
        } catch (NumberFormatException unreadable) {
            // a problem, below
        }
        problems.add(new FieldProblem(name, "problem.unreadable.field"));
    }

    /** The page, ordered by {@code order} when the request asked for no order. */
    public static Pageable ordered(Pageable pageable, Sort order) {
        return pageable.getSort().isSorted() || order.isUnsorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order);
    }
}
