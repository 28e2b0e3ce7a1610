package vn.doingoai.border;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordRepository;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of a border record type (gates, incidents, friendship pairs): {@link RecordBook} with
 * what the three share. A record is written by someone who may write its unit (a unit that does not
 * exist is a problem of the input, for anyone who may write at all); its unit is required, known
 * and on the border ({@link BorderUnits}); every problem at once: the unit's, the type's own
 * ({@link #validate}), what it names ({@link #resolve}) and its ref. The dataset section ({@link
 * BorderRecords}) asks the same checks.
 *
 * @param <E> the entity
 * @param <D> its data shape
 * @param <F> the list's filter
 * @param <C> what a record names, resolved once for its checks and its writing (its gate, its partner)
 */
abstract class BorderBook<E extends RecordEntity, D extends RecordData, F, C> extends RecordBook<E, D, F> {

    protected final BorderUnits borderUnits;
    protected final Access access;
    protected final Units units;

    BorderBook(
            RecordRepository<E> repository,
            BorderUnits borderUnits,
            Access access,
            Units units,
            Supplier<E> newRecord) {
        super(repository, access, newRecord);
        this.borderUnits = borderUnits;
        this.access = access;
        this.units = units;
    }

    /** The type's own checks beyond its field constraints (its unit is {@link #check}'s). */
    abstract List<FieldProblem> validate(D data);

    /** What the data names, resolved (empty when nothing or not found); its problems to {@code problem}. */
    abstract C resolve(D data, Consumer<FieldProblem> problem);

    /** Writes checked data and what it names into the record (and what the record's history names). */
    abstract void apply(E record, D data, C resolved);

    /** These records as the dataset document has them (no identity), with one lookup of what they name. */
    abstract Function<E, D> documents(Collection<E> records);

    /** A record as the dataset document has it, just written with what it names. */
    abstract D document(E record, C resolved);

    /** A new record, for the import ({@link BorderRecords}). */
    @Override
    protected E newRecord() {
        return super.newRecord();
    }

    /** The checks of the data beyond its field constraints: its unit (required, known), then the type's own. */
    List<FieldProblem> check(D data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        problems.addAll(validate(data));
        return problems;
    }

    @Override
    protected void write(E record, D data) {
        List<FieldProblem> problems = check(data);
        borderUnits.check(data.unit()).ifPresent(problems::add);
        C resolved = resolve(data, problems::add);
        checkAll(record, data, problems);
        apply(record, data, resolved);
    }

    /** The dataset section's export: the records of a scope, by ref. */
    @Transactional(readOnly = true)
    List<D> exportAll(UnitScope scope) {
        List<E> all = repository.findAll(scope.<E>specification(false), Sort.by("ref"));
        return all.stream().map(documents(all)).toList();
    }

    /** The unit a new record's form starts with: the user's own. */
    String ownUnit() {
        return access.current().unitCode();
    }
}
