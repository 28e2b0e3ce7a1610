package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of one consular record type ({@link RecordBook}), with its import by ref, export and
 * search. Subclasses give how a record is made, shown and written ({@link Shape}), how it is
 * checked, and which of its fields the filters use. The unit and the ref are checked, then the
 * right to write the unit.
 */
@Transactional
abstract class Book<E extends RecordEntity, D extends ConsularData> extends RecordBook<E, D, ConsularFilter> {

    /**
     * How a type's records are made, shown and written.
     *
     * @param dateField the record's date that the date filter, the figures and the default order use
     */
    record Shape<E, D>(String dateField, Supplier<E> create, BiFunction<E, Boolean, D> data, BiConsumer<E, D> apply) {}

    protected final Access access;
    protected final Units units;
    private final Shape<E, D> shape;

    Book(ConsularRepository<E> repository, Access access, Units units, Shape<E, D> shape) {
        super(repository, access, shape.create());
        this.access = access;
        this.units = units;
        this.shape = shape;
    }

    /** The checks beyond the field constraints, unit and ref aside. */
    abstract List<FieldProblem> check(D data);

    /** The type's own filters (country, status). */
    Specification<E> ownFilters(ConsularFilter filter) {
        return RecordSpecs.equal("country", filter.country());
    }

    /** What a hit in the global search says of a record. */
    abstract RecordSearch.Hit hit(E entity, HitText text);

    Sort defaultSort() {
        return Sort.by(Sort.Direction.DESC, shape.dateField()).and(Sort.by("id"));
    }

    @Override
    protected Specification<E> specification(ConsularFilter filter) {
        Specification<E> spec = listed(filter.unit(), filter.q()).and(ownFilters(filter));
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get(shape.dateField()), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get(shape.dateField()), filter.to()));
        }
        return spec;
    }

    @Override
    protected List<D> data(List<E> records) {
        return records.stream().map(e -> shape.data().apply(e, true)).toList();
    }

    @Override
    protected void write(E record, D data) {
        shape.apply().accept(record, data);
    }

    /** The data's problems first (400), then the right to write its unit (403). */
    @Override
    protected void checkWritable(E record, D data) {
        List<FieldProblem> problems = new ArrayList<>(check(data));
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        checkRef(record == null ? null : record.getId(), data.ref(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        access.checkWrite(data.unit().trim());
    }

    boolean canWrite(String unit) {
        return unit != null && access.canWrite(unit);
    }

    static void checkCountry(String country, String field, List<FieldProblem> problems) {
        if (!Text.isBlank(country) && !Countries.isValid(country)) {
            problems.add(new FieldProblem(field, "validation.country.unknown"));
        }
    }

    static void checkNotNegative(Integer n, String field, boolean required, List<FieldProblem> problems) {
        if (n == null) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
        } else if (n < 0) {
            problems.add(new FieldProblem(field, "validation.positive"));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- the dataset section

    /** This type's section of the dataset document, imported by ref. */
    DatasetSection<D> section(String name, int order, Class<D> type) {
        return DatasetSection.of(
                name,
                order,
                type,
                (items, context) -> RefImport.run(items, context, repository, imports),
                this::exportAll);
    }

    private final RefImport.Records<D, E, Void> imports = new RefImport.Records<>() {

        @Override
        public Void check(int index, D item, ImportContext context) {
            context.report(index, Book.this.check(item));
            return null;
        }

        @Override
        public Function<E, Object> snapshots(Collection<E> existing) {
            return e -> shape.data().apply(e, false);
        }

        @Override
        public E create() {
            return newRecord();
        }

        @Override
        public void write(E record, D item, Void checked) {
            Book.this.write(record, item);
        }

        @Override
        public Object written(E record, Void checked) {
            return shape.data().apply(record, false);
        }
    };

    List<D> exportAll(UnitScope scope) {
        return repository.findAll(scope.<E>specification(false), Sort.by("ref")).stream()
                .map(e -> shape.data().apply(e, false))
                .toList();
    }

    /**
     * This type in the global search, its hits titled {@code type} and linked to {@code path + id}
     * ({@link ConsularSearch} asks the four types in turn, within one limit).
     */
    SearchProvider search(String type, String path, HitText text) {
        return new RecordSearch<E>(type, path, repository, defaultSort(), text) {
            @Override
            protected Function<E, Hit> shown(List<E> found) {
                return e -> hit(e, text);
            }
        };
    }
}
