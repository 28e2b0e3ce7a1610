package vn.doingoai.direction;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/** Training courses: their keeping for this module's pages, API and dataset section. */
@Service
@Transactional
class TrainingBook extends RecordBook<Training, TrainingData, TrainingFilter> {

    private final TrainingRepository repository;
    private final Units units;

    TrainingBook(TrainingRepository repository, Access access, Units units) {
        super(repository, access, Training::new);
        this.repository = repository;
        this.units = units;
    }

    @Override
    protected Specification<Training> specification(TrainingFilter filter) {
        return listed(filter.unit(), filter.q()).and(RecordSpecs.between("startDate", filter.from(), filter.to()));
    }

    @Override
    protected List<TrainingData> data(List<Training> records) {
        return records.stream().map(t -> TrainingData.of(t, true)).toList();
    }

    @Override
    protected void write(Training training, TrainingData data) {
        List<FieldProblem> problems = validate(data);
        checkAll(training, data, problems);
        training.apply(data);
    }

    /** The checks a training must pass beyond its field constraints. */
    List<FieldProblem> validate(TrainingData data) {
        List<FieldProblem> problems = new ArrayList<>();
        units.check(data.unit(), problems);
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
