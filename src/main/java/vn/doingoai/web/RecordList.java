package vn.doingoai.web;

import java.util.List;
import java.util.function.BiFunction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import vn.doingoai.common.RecordService;

/**
 * What a record type's list page shows: its columns and where its rows come from, a page of them
 * or all of them for the export. The rows are the records themselves ({@link #of}), or views of
 * them with what the list shows beside (a donor's name).
 *
 * @param <F> the list's filter
 * @param <R> a row
 */
public record RecordList<F, R>(
        ListColumns<R> columns, BiFunction<F, Pageable, Page<R>> page, BiFunction<F, Sort, List<R>> all) {

    public static <F, D> RecordList<F, D> of(ListColumns<D> columns, RecordService<D, F> records) {
        return new RecordList<>(columns, records::list, records::listAll);
    }

    /** A page of rows, in the list's order when the request asks for none. */
    Page<R> page(F filter, Pageable pageable) {
        return page.apply(filter, Paging.ordered(pageable, columns.order()));
    }

    /** Every row, for the export. */
    List<R> all(F filter, Sort sort) {
        return all.apply(filter, sort.isSorted() ? sort : columns.exportOrder());
    }
}
