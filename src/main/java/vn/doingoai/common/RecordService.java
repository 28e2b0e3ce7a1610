package vn.doingoai.common;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What the API and the pages of a record type ask of its keeping ({@link RecordBook}): a page of
 * the list its filter selects, the whole list (for Excel), one record, create, replace with the
 * version read, delete. Every call checks the current user's rights.
 *
 * @param <D> the record's data shape (the API's and the dataset document's JSON)
 * @param <F> the type's filter (the list's query parameters)
 */
public interface RecordService<D, F> {

    Page<D> list(F filter, Pageable pageable);

    List<D> listAll(F filter, Sort sort);

    D read(Long id);

    D create(D data);

    /** Replaces the record; {@code data.version()} must be the current one (else 409, nothing changed). */
    D update(Long id, D data);

    void delete(Long id);
}
