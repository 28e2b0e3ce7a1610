package vn.doingoai.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;

/**
 * The keeping of one record type, the one way every record module lists, reads, creates, replaces
 * and deletes: rights before anything is read or written, the version read on a replace (409 when
 * stale, nothing changed), every problem of the data at once (400), data shapes built inside the
 * transaction. A module says only what is its own:
 *
 * <ul>
 *   <li>{@link #specification}: what its filter selects (the unit scope, {@code q}, its own filters);
 *   <li>{@link #data}: the data shapes of records with their identity, with one lookup of what they
 *       name for all of them;
 *   <li>{@link #write}: check the data (all problems, {@link InvalidInputException}; {@link
 *       #checkAll} adds the ref's and throws them at once) and write it into a new (made by the
 *       constructor's {@code newRecord}) or found record, its workflow included;
 *   <li>when it is not the data's unit ({@link UnitRights#checkWritable}), {@link #checkWritable}:
 *       the right to write, checked first;
 *   <li>when it needs them: {@link #remember} (what a record's history names beside it), {@link
 *       #checkChange} (the right to change a record found), {@link #checkDelete}, and for a list
 *       whose rows show more than the data shape (a donor's name, a value in USD) {@link
 *       #rows(Object, Pageable, java.util.function.Function)} and {@link #row}.
 * </ul>
 *
 * @param <E> the entity
 * @param <D> its data shape
 * @param <F> the list's filter
 */
@Transactional
public abstract class RecordBook<E extends RecordEntity, D extends Versioned, F> implements RecordService<D, F> {

    protected final RecordRepository<E> repository;
    protected final UnitRights rights;
    private final Supplier<E> newRecord;

    /** {@code newRecord}: a new, empty record ({@code Partner::new}). */
    protected RecordBook(RecordRepository<E> repository, UnitRights rights, Supplier<E> newRecord) {
        this.repository = repository;
        this.rights = rights;
        this.newRecord = newRecord;
    }

    /** The records of a list's unit ({@code unit}, within the user's scope) that its search {@code q} matches. */
    protected Specification<E> listed(String unit, String q) {
        return rights.listed(unit, q, false);
    }

    /** The records the filter selects, within the current user's scope: {@link #listed} and its own filters. */
    protected abstract Specification<E> specification(F filter);

    /** The data shapes of these records, with id and version, in their order. */
    protected abstract List<D> data(List<E> records);

    protected E newRecord() {
        return newRecord.get();
    }

    /**
     * Checks the data beyond its field constraints (every problem at once, as an {@link
     * InvalidInputException}) and writes it into the record, new or found.
     */
    protected abstract void write(E record, D data);

    /**
     * The right to write the data's unit (403), before anything else is checked; {@code record} is
     * null when new. A data shape of a {@link RecordData} names its unit: a unit that exists must be
     * writable, a blank or unknown one is left to the checks ({@link UnitRights#checkWritable}).
     */
    protected void checkWritable(E record, D data) {
        if (!(data instanceof RecordData named)) {
            throw new IllegalStateException("A book of " + data.getClass() + " says its own right to write");
        }
        rights.checkWritable(named.unit());
    }

    /** The right to change or delete a record found: to write its unit. */
    protected void checkChange(E record) {
        rights.checkWrite(record.getUnitCode());
    }

    /** What must hold before a record is deleted, after the right to change it. */
    protected void checkDelete(E record) {}

    /** Keeps beside a record read what its history names it by (the refs and names of what it links to). */
    protected void remember(E record) {}

    @Override
    @Transactional(readOnly = true)
    public Page<D> list(F filter, Pageable pageable) {
        return rows(filter, pageable, this::data);
    }

    @Override
    @Transactional(readOnly = true)
    public List<D> listAll(F filter, Sort sort) {
        return rows(filter, sort, this::data);
    }

    /**
     * A page of the list as rows of the module's own shape (the record with what its list shows
     * beside it: its donor, its value in USD), made by {@code rows} from the records found, with one
     * lookup for all of them.
     */
    @Transactional(readOnly = true)
    protected <R> Page<R> rows(F filter, Pageable pageable, Function<List<E>, List<R>> rows) {
        Page<E> page = repository.findAll(specification(filter), pageable);
        return new PageImpl<>(rows.apply(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** The whole list as rows of the module's own shape (see {@link #rows(Object, Pageable, Function)}), for the export. */
    @Transactional(readOnly = true)
    protected <R> List<R> rows(F filter, Sort sort, Function<List<E>, List<R>> rows) {
        return rows.apply(repository.findAll(specification(filter), sort));
    }

    /** One record, by id, as a row of the module's own shape, after the right to read it. */
    @Transactional(readOnly = true)
    protected <R> R row(Long id, Function<List<E>, List<R>> rows) {
        return rows.apply(List.of(get(id))).get(0);
    }

    @Override
    @Transactional(readOnly = true)
    public D read(Long id) {
        return one(get(id));
    }

    @Override
    public D create(D data) {
        checkWritable(null, data);
        E record = newRecord();
        write(record, data);
        repository.saveAndFlush(record);
        return one(record);
    }

    @Override
    public D update(Long id, D data) {
        E record = get(id);
        checkChange(record);
        checkWritable(record, data);
        StaleVersionException.check(record, data.version());
        write(record, data);
        repository.flush();
        return one(record);
    }

    @Override
    public void delete(Long id) {
        E record = get(id);
        checkChange(record);
        checkDelete(record);
        repository.delete(record);
        repository.flush();
    }

    /** A step of the record's workflow, with the version it read when it sent one (409 when stale). */
    protected D step(Long id, Long version, Consumer<E> step) {
        E record = get(id);
        StaleVersionException.checkIfSent(record, version);
        step.accept(record);
        repository.flush();
        return one(record);
    }

    /**
     * A change of a record found that checks its own right first (a file attached through {@code
     * document.AttachedFile}: the right to change the record before anything is stored), then its data.
     */
    protected D change(Long id, Consumer<E> change) {
        return step(id, null, change);
    }

    /** A record by id (404), after the right to read its unit (403). */
    protected E get(Long id) {
        E record = repository.findById(id).orElseThrow(() -> new NotFoundException("Record " + id));
        rights.checkRead(record.getUnitCode());
        remember(record);
        return record;
    }

    protected D one(E record) {
        return data(List.of(record)).get(0);
    }

    /**
     * Ends a write's checks: adds {@code validation.ref.taken} when another record has the data's ref,
     * then refuses every problem at once (400) when there is any.
     */
    protected void checkAll(E record, RecordData data, List<FieldProblem> problems) {
        checkRef(record.getId(), data.ref(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Adds {@code validation.ref.taken} at {@code ref} when another record of the type has this ref
     * ({@code ownId}: the record's own id, null when new).
     */
    protected void checkRef(Long ownId, String ref, List<FieldProblem> problems) {
        if (!Text.isBlank(ref)) {
            repository
                    .findByRef(ref.trim())
                    .filter(other -> !other.getId().equals(ownId))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
    }
}
