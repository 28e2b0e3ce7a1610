package vn.doingoai.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.Text;
import vn.doingoai.period.Period;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * The keeping of indicator values for the pages, the API and the dataset section. A value is
 * identified by (indicator, unit, period dates, kind): there is at most one of each. The value is
 * checked first (400), then the right to write its unit (403).
 */
@Service
@Transactional
class IndicatorValueBook extends RecordBook<IndicatorValue, IndicatorValueData, IndicatorValueFilter> {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Access access;
    private final Units units;

    IndicatorValueBook(IndicatorRepository indicators, IndicatorValueRepository values, Access access, Units units) {
        super(values, access, IndicatorValue::new);
        this.indicators = indicators;
        this.values = values;
        this.access = access;
        this.units = units;
    }

    @Override
    protected Specification<IndicatorValue> specification(IndicatorValueFilter filter) {
        Specification<IndicatorValue> spec = listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("indicatorCode", filter.indicator()))
                .and(RecordSpecs.equal("kind", filter.kind()))
                .and(RecordSpecs.between("periodFrom", filter.from(), null))
                .and(RecordSpecs.between("periodTo", null, filter.to()));
        if (filter.year() != null) {
            spec = spec.and(RecordSpecs.between(
                    "periodFrom", LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
        }
        return spec;
    }

    @Override
    protected List<IndicatorValueData> data(List<IndicatorValue> records) {
        return records.stream().map(v -> IndicatorValueData.of(v, true)).toList();
    }

    /** The value's problems first (400), then the right to write its unit (403). */
    @Override
    protected void checkWritable(IndicatorValue value, IndicatorValueData data) {
        List<FieldProblem> problems = validate(data);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        access.checkWrite(data.unit().trim());
    }

    @Override
    protected void write(IndicatorValue value, IndicatorValueData data) {
        Period period = Period.ofCode(data.period());
        String indicator = data.indicator().trim();
        String unit = data.unit().trim();
        values.findAll(sameKey(indicator, unit, period, data.kind())).stream()
                .filter(other -> !other.getId().equals(value.getId()))
                .findAny()
                .ifPresent(other -> {
                    throw new InvalidInputException("period", "indicator.value.exists");
                });
        value.apply(indicator, unit, period, data.kind(), data.value(), data.note());
    }

    static Specification<IndicatorValue> sameKey(String indicator, String unit, Period period, ValueKind kind) {
        return (root, q, cb) -> cb.and(
                cb.equal(root.get("indicatorCode"), indicator),
                cb.equal(root.get("unitCode"), unit),
                cb.equal(root.get("periodFrom"), period.from()),
                cb.equal(root.get("periodTo"), period.to()),
                cb.equal(root.get("kind"), kind));
    }

    /** The checks a value must pass beyond its field constraints. */
    List<FieldProblem> validate(IndicatorValueData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (Text.isBlank(data.indicator())) {
            problems.add(new FieldProblem("indicator", "validation.required"));
        } else if (!indicators.existsById(data.indicator().trim())) {
            problems.add(new FieldProblem("indicator", "indicator.unknown"));
        }
        units.check(data.unit(), problems);
        if (Text.isBlank(data.period())) {
            problems.add(new FieldProblem("period", "validation.required"));
        } else if (Period.parse(data.period()).isEmpty()) {
            problems.add(new FieldProblem("period", "indicator.period.invalid"));
        }
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (data.value() == null) {
            problems.add(new FieldProblem("value", "validation.required"));
        }
        return problems;
    }

    // ---- the dataset section's export (its import is IndicatorValueImport)

    @Transactional(readOnly = true)
    List<IndicatorValueData> exportAll(UnitScope scope) {
        return values
                .findAll(
                        scope.<IndicatorValue>specification(false),
                        Sort.by("indicatorCode", "unitCode", "periodFrom", "periodTo", "kind"))
                .stream()
                .map(v -> IndicatorValueData.of(v, false))
                .toList();
    }
}
