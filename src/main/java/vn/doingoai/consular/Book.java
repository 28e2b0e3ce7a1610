package vn.doingoai.consular;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Text;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.search.HitText;
import vn.doingoai.search.SearchHit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of one consular record type: list, read, create, replace with its version, delete,
 * import by ref and export, search. Subclasses say how a record is read from and written to its
 * shape, how it is checked, and which of its fields the filters use. Every method runs in a
 * transaction, so that the shapes are built before it ends.
 */
@Transactional
abstract class Book<E extends RecordEntity, D extends ConsularData> {

    protected final ConsularRepository<E> repository;
    protected final Access access;
    protected final Units units;

    Book(ConsularRepository<E> repository, Access access, Units units) {
        this.repository = repository;
        this.access = access;
        this.units = units;
    }

    /** The record's date that the date filter, the figures and the default order use. */
    abstract String dateField();

    abstract E newEntity();

    abstract D toData(E entity, boolean withIdentity);

    /** Writes the shape into the entity (unit and ref included); only what changed is changed. */
    abstract void apply(E entity, D data);

    /** The checks beyond the field constraints, unit and ref aside. */
    abstract List<FieldProblem> check(D data);

    /** The type's own filters (country, status). */
    Specification<E> ownFilters(ConsularFilter filter) {
        return RecordSpecs.equal("country", filter.country());
    }

    abstract SearchHit hit(E entity, HitText text);

    Page<D> list(ConsularFilter filter, Pageable pageable) {
        Pageable p = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), defaultSort());
        return repository.findAll(specification(filter), p).map(e -> toData(e, true));
    }

    List<D> listAll(ConsularFilter filter, Sort sort) {
        return repository.findAll(specification(filter), sort.isSorted() ? sort : defaultSort()).stream()
                .map(e -> toData(e, true))
                .toList();
    }

    Sort defaultSort() {
        return Sort.by(Sort.Direction.DESC, dateField()).and(Sort.by("id"));
    }

    private Specification<E> specification(ConsularFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<E> spec = Specification.<E>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(ownFilters(filter));
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get(dateField()), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get(dateField()), filter.to()));
        }
        return spec;
    }

    D read(Long id) {
        return toData(get(id), true);
    }

    E get(Long id) {
        E entity = repository.findById(id).orElseThrow(() -> new NotFoundException("Record " + id));
        access.checkRead(entity.getUnitCode());
        return entity;
    }

    boolean canWrite(String unit) {
        return unit != null && access.canWrite(unit);
    }

    D create(D data) {
        validate(data, null);
        access.checkWrite(data.unit().trim());
        E entity = newEntity();
        apply(entity, data);
        repository.saveAndFlush(entity);
        return toData(entity, true);
    }

    D update(Long id, D data) {
        E entity = get(id);
        access.checkWrite(entity.getUnitCode());
        validate(data, entity);
        access.checkWrite(data.unit().trim());
        StaleVersionException.check(entity, data.version());
        apply(entity, data);
        repository.flush();
        return toData(entity, true);
    }

    void delete(Long id) {
        E entity = get(id);
        access.checkWrite(entity.getUnitCode());
        repository.delete(entity);
    }

    private void validate(D data, E entity) {
        List<FieldProblem> problems = new ArrayList<>(common(data));
        if (data.ref() != null && !data.ref().isBlank()) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> entity == null || !other.getId().equals(entity.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private List<FieldProblem> common(D data) {
        List<FieldProblem> problems = new ArrayList<>(check(data));
        if (data.unit() == null || data.unit().isBlank()) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        return problems;
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
            return e -> toData(e, false);
        }

        @Override
        public E create() {
            return newEntity();
        }

        @Override
        public void write(E record, D item, Void checked) {
            apply(record, item);
        }

        @Override
        public Object written(E record, Void checked) {
            return toData(record, false);
        }
    };

    List<D> exportAll(UnitScope scope) {
        return repository.findAll(scope.<E>specification(false), Sort.by("ref")).stream()
                .map(e -> toData(e, false))
                .toList();
    }

    List<SearchHit> search(String foldedQuery, UnitScope scope, int limit, HitText text) {
        Specification<E> spec =
                Specification.<E>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, defaultSort())).stream()
                .map(e -> hit(e, text))
                .toList();
    }
}
