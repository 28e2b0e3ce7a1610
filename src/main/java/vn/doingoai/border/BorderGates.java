package vn.doingoai.border;

import jakarta.persistence.criteria.Join;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Countries;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Border gates: their keeping for this module's pages, API, dataset section and figures. */
@Service
@Transactional
public class BorderGates {

    private final BorderGateRepository repository;
    private final BorderUnits borderUnits;
    private final Access access;
    private final Units units;

    BorderGates(BorderGateRepository repository, BorderUnits borderUnits, Access access, Units units) {
        this.repository = repository;
        this.borderUnits = borderUnits;
        this.access = access;
        this.units = units;
    }

    @Transactional(readOnly = true)
    Page<BorderGateData> list(BorderGateFilter filter, Pageable pageable) {
        return repository.findAll(specification(filter), pageable).map(g -> BorderGateData.of(g, true));
    }

    @Transactional(readOnly = true)
    List<BorderGateData> listAll(BorderGateFilter filter, Sort sort) {
        return repository.findAll(specification(filter), sort).stream()
                .map(g -> BorderGateData.of(g, true))
                .toList();
    }

    private Specification<BorderGate> specification(BorderGateFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<BorderGate> spec = Specification.<BorderGate>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("kind", filter.kind()));
        if (!Text.isBlank(filter.country())) {
            spec = spec.and(RecordSpecs.equal("country", Countries.code(filter.country())));
        }
        if (filter.openOn() != null) {
            LocalDate day = filter.openOn();
            spec = spec.and((root, q, cb) -> {
                var sub = q.subquery(Long.class);
                var g = sub.from(BorderGate.class);
                Join<BorderGate, BorderClosure> c = g.join("closures");
                sub.select(g.get("id"))
                        .where(
                                cb.lessThanOrEqualTo(c.get("from"), day),
                                cb.or(cb.isNull(c.get("to")), cb.greaterThanOrEqualTo(c.get("to"), day)));
                return cb.not(root.get("id").in(sub));
            });
        }
        return spec;
    }

    @Transactional(readOnly = true)
    BorderGateData read(Long id) {
        return BorderGateData.of(get(id), true);
    }

    private BorderGate get(Long id) {
        BorderGate g = repository.findById(id).orElseThrow(() -> new NotFoundException("Border gate " + id));
        access.checkRead(g.getUnitCode());
        return g;
    }

    BorderGateData create(BorderGateData data) {
        checkWrite(data.unit());
        BorderGate g = new BorderGate();
        apply(g, data);
        repository.saveAndFlush(g);
        return read(g.getId());
    }

    BorderGateData update(Long id, BorderGateData data) {
        BorderGate g = get(id);
        access.checkWrite(g.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(g, data.version());
        apply(g, data);
        repository.flush();
        return read(id);
    }

    void delete(Long id) {
        BorderGate g = get(id);
        access.checkWrite(g.getUnitCode());
        repository.delete(g);
    }

    private void checkWrite(String unitCode) {
        if (!Text.isBlank(unitCode) && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(BorderGate g, BorderGateData data) {
        List<FieldProblem> problems = validate(data);
        borderUnits.check(data.unit()).ifPresent(problems::add);
        if (!Text.isBlank(data.ref())) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(g.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        g.apply(data);
    }

    /** The checks a gate must pass beyond its field constraints (its unit's border is {@link BorderUnits}'). */
    List<FieldProblem> validate(BorderGateData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (Text.isBlank(data.name())) {
            problems.add(new FieldProblem("name", "validation.required"));
        }
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (!Countries.isValid(data.country())) {
            problems.add(new FieldProblem("country", "validation.country.unknown"));
        }
        if (data.closures() != null) {
            for (int i = 0; i < data.closures().size(); i++) {
                BorderClosure c = data.closures().get(i);
                if (c == null || c.isBlank()) {
                    continue;
                }
                if (c.from() == null) {
                    problems.add(new FieldProblem("closures[" + i + "].from", "validation.required"));
                } else if (c.to() != null && c.to().isBefore(c.from())) {
                    problems.add(new FieldProblem("closures[" + i + "].to", "border.closure.order"));
                }
            }
        }
        return problems;
    }

    // ---- for the incidents, the overview and the figures

    /** A gate by its ref or id (no access check: the incident's rules decide). */
    Optional<BorderGate> find(String idOrRef) {
        if (Text.isBlank(idOrRef)) {
            return Optional.empty();
        }
        Optional<BorderGate> byRef = repository.findByRef(idOrRef.trim());
        if (byRef.isPresent() || !idOrRef.trim().matches("\\d{1,18}")) {
            return byRef;
        }
        return repository.findById(Long.valueOf(idOrRef.trim()));
    }

    /** The gates of a scope, by name. */
    @Transactional(readOnly = true)
    List<BorderGateData> inScope(UnitScope scope) {
        return repository.findAll(scope.<BorderGate>specification(false), Sort.by("name", "id")).stream()
                .map(g -> BorderGateData.of(g, true))
                .toList();
    }

    // ---- the dataset section's export (its import is BorderImports)

    @Transactional(readOnly = true)
    List<BorderGateData> exportAll(UnitScope scope) {
        return repository.findAll(scope.<BorderGate>specification(false), Sort.by("ref")).stream()
                .map(g -> BorderGateData.of(g, false))
                .toList();
    }
}
