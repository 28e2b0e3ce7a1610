package vn.doingoai.direction;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Training courses: their keeping for this module's pages, API and dataset section. */
@Service
@Transactional
class Trainings {

    private final TrainingRepository repository;
    private final Access access;
    private final Units units;

    Trainings(TrainingRepository repository, Access access, Units units) {
        this.repository = repository;
        this.access = access;
        this.units = units;
    }

    @Transactional(readOnly = true)
    Page<TrainingData> list(TrainingFilter filter, Pageable pageable) {
        return repository.findAll(specification(filter), pageable).map(t -> TrainingData.of(t, true));
    }

    @Transactional(readOnly = true)
    List<TrainingData> listAll(TrainingFilter filter, Sort sort) {
        return repository.findAll(specification(filter), sort).stream()
                .map(t -> TrainingData.of(t, true))
                .toList();
    }

    private Specification<Training> specification(TrainingFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<Training> spec =
                Specification.<Training>where(scope.specification(false)).and(RecordSpecs.matching(filter.q()));
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("startDate"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("startDate"), filter.to()));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    TrainingData read(Long id) {
        return TrainingData.of(get(id), true);
    }

    private Training get(Long id) {
        Training t = repository.findById(id).orElseThrow(() -> new NotFoundException("Training " + id));
        access.checkRead(t.getUnitCode());
        return t;
    }

    TrainingData create(TrainingData data) {
        checkWrite(data.unit());
        Training t = new Training();
        apply(t, data);
        repository.saveAndFlush(t);
        return read(t.getId());
    }

    TrainingData update(Long id, TrainingData data) {
        Training t = get(id);
        access.checkWrite(t.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(t, data.version());
        apply(t, data);
        repository.flush();
        return read(id);
    }

    void delete(Long id) {
        Training t = get(id);
        access.checkWrite(t.getUnitCode());
        repository.delete(t);
    }

    private void checkWrite(String unitCode) {
        if (unitCode != null && !unitCode.isBlank() && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(Training t, TrainingData data) {
        List<FieldProblem> problems = validate(data);
        if (data.ref() != null && !data.ref().isBlank()) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(t.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        t.apply(data);
    }

    /** The checks a training must pass beyond its field constraints. */
    List<FieldProblem> validate(TrainingData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.unit())) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (Text.isBlank(data.title())) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (data.startDate() == null) {
            problems.add(new FieldProblem("startDate", "validation.required"));
        } else if (data.endDate() != null && data.endDate().isBefore(data.startDate())) {
            problems.add(new FieldProblem("endDate", "validation.dates.order"));
        }
        if (data.trainees() != null && data.trainees() < 0) {
            problems.add(new FieldProblem("trainees", "validation.positive"));
        }
        return problems;
    }

    // ---- the dataset section's export (its import is TrainingImport)

    @Transactional(readOnly = true)
    List<TrainingData> exportAll(UnitScope scope) {
        return repository.findAll(scope.<Training>specification(false), Sort.by("ref")).stream()
                .map(t -> TrainingData.of(t, false))
                .toList();
    }
}
