package vn.doingoai.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.period.Period;
import vn.doingoai.user.Access;

/**
 * Saving values by their key (indicator, unit, period dates, kind) for values that come from
 * elsewhere, such as the figures an officer accepted from an old report: a value with a new key is
 * created, one with a known key changes that value. All or nothing: every value is checked as the
 * API checks it, and the right to write its unit, before any is saved; each change is in the
 * value's history.
 */
@Service
@Transactional
public class IndicatorValues {

    /** What saving a value did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final IndicatorValueBook indicators;
    private final IndicatorValueRepository values;
    private final Access access;

    IndicatorValues(IndicatorValueBook indicators, IndicatorValueRepository values, Access access) {
        this.indicators = indicators;
        this.values = values;
        this.access = access;
    }

    /**
     * Saves the values in order and answers what each did. Problems are named {@code
     * values[i].field}; the same key twice is a problem at {@code values[i].period}.
     */
    public List<Outcome> saveByKey(List<IndicatorValueData> items) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            IndicatorValueData item = items.get(i);
            List<FieldProblem> own = indicators.validate(item);
            for (FieldProblem p : own) {
                problems.add(new FieldProblem("values[" + i + "]." + p.field(), p.message()));
            }
            if (own.isEmpty()) {
                Period period = Period.ofCode(item.period());
                String key = String.join(
                        "|",
                        item.indicator().trim(),
                        item.unit().trim(),
                        period.from() + ".." + period.to(),
                        item.kind().name());
                if (!keys.add(key)) {
                    problems.add(new FieldProblem("values[" + i + "].period", "indicator.value.twice"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        items.forEach(item -> access.checkWrite(item.unit().trim()));
        List<Outcome> outcomes = new ArrayList<>();
        for (IndicatorValueData item : items) {
            outcomes.add(save(item));
        }
        values.flush();
        return outcomes;
    }

    private Outcome save(IndicatorValueData item) {
        String indicator = item.indicator().trim();
        String unit = item.unit().trim();
        Period period = Period.ofCode(item.period());
        Optional<IndicatorValue> existing =
                values.findAll(IndicatorValueBook.sameKey(indicator, unit, period, item.kind())).stream()
                        .findFirst();
        if (existing.isEmpty()) {
            IndicatorValue value = new IndicatorValue();
            value.apply(indicator, unit, period, item.kind(), item.value(), item.note());
            values.save(value);
            return Outcome.CREATED;
        }
        IndicatorValue value = existing.get();
        String note = item.note() == null || item.note().isBlank()
                ? value.getNote()
                : item.note().trim();
        if (value.getValue().compareTo(item.value()) == 0 && Objects.equals(note, value.getNote())) {
            return Outcome.UNCHANGED;
        }
        value.apply(
                indicator,
                unit,
                Period.of(value.getPeriodFrom(), value.getPeriodTo()),
                item.kind(),
                item.value(),
                note);
        return Outcome.UPDATED;
    }
}
