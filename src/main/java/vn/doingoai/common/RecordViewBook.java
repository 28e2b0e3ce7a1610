package vn.doingoai.common;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * A {@link RecordBook} whose list and pages show each record with what it names beside it (a
 * registration's NGO, a donation's donor and values in USD): the module says once, in {@link
 * #views(List)}, how records become its views (one lookup for all of them), and the book pages, lists
 * and reads them ({@code new RecordList<>(COLUMNS, book::views, book::viewsAll)}).
 *
 * @param <V> a record with what its list shows beside it
 */
@Transactional
public abstract class RecordViewBook<E extends RecordEntity, D extends Versioned, F, V> extends RecordBook<E, D, F> {

    protected RecordViewBook(RecordRepository<E> repository, UnitRights rights, Supplier<E> newRecord) {
        super(repository, rights, newRecord);
    }

    /** These records with what they name, in their order, with one lookup for all of them. */
    protected abstract List<V> views(List<E> records);

    /** A page of the list as views. */
    @Transactional(readOnly = true)
    public Page<V> views(F filter, Pageable pageable) {
        return rows(filter, pageable, this::views);
    }

    /** The whole list as views, for the export. */
    @Transactional(readOnly = true)
    public List<V> viewsAll(F filter, Sort sort) {
        return rows(filter, sort, this::views);
    }

    /** One record as a view, for its page, after the right to read it. */
    @Transactional(readOnly = true)
    public V view(Long id) {
        return row(id, this::views);
    }
}
