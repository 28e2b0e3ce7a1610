package vn.doingoai.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.doingoai.common.NumberInput;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.period.Period;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.user.Role;

/**
 * Indicators and their values: the definitions, the values for the pages, the API, the entry grid
 * and the dataset section. A value is identified by (indicator, unit, period dates, kind): there is
 * at most one of each.
 */
@Service
@Transactional
public class Indicators {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Access access;
    private final Units units;

    Indicators(IndicatorRepository indicators, IndicatorValueRepository values, Access access, Units units) {
        this.indicators = indicators;
        this.values = values;
        this.access = access;
        this.units = units;
    }

    // ---- indicators

    /** Every indicator, the built-in ones first. */
    @Transactional(readOnly = true)
    public List<IndicatorData> all() {
        return indicators.findAllByOrderByBuiltinDescCodeAsc().stream()
                .map(IndicatorData::of)
                .toList();
    }

    /** Admins, approvers and officers define indicators. */
    boolean canDefine() {
        Role role = access.current().role();
        return role == Role.ADMIN || role == Role.APPROVER || role == Role.OFFICER;
    }

    IndicatorData define(IndicatorData data) {
        if (!canDefine()) {
            throw new AccessDeniedException("Only admins and officers define indicators");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (data.code() == null || !data.code().trim().matches("[a-z0-9_-]+(\\.[a-zA-Z0-9_-]+)*")) {
            problems.add(new FieldProblem("code", "indicator.code.invalid"));
        } else if (indicators.existsById(data.code().trim())) {
            problems.add(new FieldProblem("code", "indicator.code.taken"));
        }
        if (data.nameVi() == null || data.nameVi().isBlank()) {
            problems.add(new FieldProblem("nameVi", "validation.required"));
        }
        if (data.measure() == null || data.measure().isBlank()) {
            problems.add(new FieldProblem("measure", "validation.required"));
        }
        if (data.aggregation() == null) {
            problems.add(new FieldProblem("aggregation", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Indicator indicator = new Indicator(
                data.code().trim(),
                data.nameVi().trim(),
                data.nameEn() == null || data.nameEn().isBlank()
                        ? null
                        : data.nameEn().trim(),
                data.measure().trim(),
                data.aggregation());
        indicators.saveAndFlush(indicator);
        return IndicatorData.of(indicator);
    }

    // ---- values

    @Transactional(readOnly = true)
    Page<IndicatorValueData> list(IndicatorValueFilter filter, Pageable pageable) {
        return values.findAll(specification(filter), pageable).map(v -> IndicatorValueData.of(v, true));
    }

    @Transactional(readOnly = true)
    List<IndicatorValueData> listAll(IndicatorValueFilter filter, Sort sort) {
        return values.findAll(specification(filter), sort).stream()
                .map(v -> IndicatorValueData.of(v, true))
                .toList();
    }

    private Specification<IndicatorValue> specification(IndicatorValueFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<IndicatorValue> spec = Specification.<IndicatorValue>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("indicatorCode", filter.indicator()))
                .and(RecordSpecs.equal("kind", filter.kind()));
        if (filter.year() != null) {
            LocalDate from = LocalDate.of(filter.year(), 1, 1);
            LocalDate to = LocalDate.of(filter.year(), 12, 31);
            spec = spec.and((root, q, cb) -> cb.between(root.get("periodFrom"), from, to));
        }
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("periodFrom"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("periodTo"), filter.to()));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    IndicatorValueData read(Long id) {
        return IndicatorValueData.of(get(id), true);
    }

    private IndicatorValue get(Long id) {
        IndicatorValue value = values.findById(id).orElseThrow(() -> new NotFoundException("Indicator value " + id));
        access.checkRead(value.getUnitCode());
        return value;
    }

    IndicatorValueData create(IndicatorValueData data) {
        Period period = validated(data);
        access.checkWrite(data.unit().trim());
        IndicatorValue value = new IndicatorValue();
        checkUnique(value, data, period);
        value.apply(data.indicator().trim(), data.unit().trim(), period, data.kind(), data.value(), data.note());
        values.saveAndFlush(value);
        return IndicatorValueData.of(value, true);
    }

    IndicatorValueData update(Long id, IndicatorValueData data) {
        IndicatorValue value = get(id);
        access.checkWrite(value.getUnitCode());
        Period period = validated(data);
        access.checkWrite(data.unit().trim());
        StaleVersionException.check(value, data.version());
        checkUnique(value, data, period);
        value.apply(data.indicator().trim(), data.unit().trim(), period, data.kind(), data.value(), data.note());
        values.flush();
        return IndicatorValueData.of(value, true);
    }

    void delete(Long id) {
        IndicatorValue value = get(id);
        access.checkWrite(value.getUnitCode());
        values.delete(value);
    }

    private void checkUnique(IndicatorValue value, IndicatorValueData data, Period period) {
        values.findAll(sameKey(data.indicator().trim(), data.unit().trim(), period, data.kind())).stream()
                .filter(other -> !other.getId().equals(value.getId()))
                .findAny()
                .ifPresent(other -> {
                    throw new InvalidInputException("period", "indicator.value.exists");
                });
    }

    static Specification<IndicatorValue> sameKey(String indicator, String unit, Period period, ValueKind kind) {
        return (root, q, cb) -> cb.and(
                cb.equal(root.get("indicatorCode"), indicator),
                cb.equal(root.get("unitCode"), unit),
                cb.equal(root.get("periodFrom"), period.from()),
                cb.equal(root.get("periodTo"), period.to()),
                cb.equal(root.get("kind"), kind));
    }

    /** Checks a value beyond its field constraints and gives its period. */
    private Period validated(IndicatorValueData data) {
        List<FieldProblem> problems = validate(data);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Period.ofCode(data.period());
    }

    List<FieldProblem> validate(IndicatorValueData data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.indicator() == null || data.indicator().isBlank()) {
            problems.add(new FieldProblem("indicator", "validation.required"));
        } else if (!indicators.existsById(data.indicator().trim())) {
            problems.add(new FieldProblem("indicator", "indicator.unknown"));
        }
        if (data.unit() == null || data.unit().isBlank()) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!units.exists(data.unit().trim())) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (data.period() == null || data.period().isBlank()) {
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

    // ---- the entry grid

    /** The periods of a year in the grid's order: months with their quarter, halves, 9M, the year. */
    static List<Period> gridPeriods(int year) {
        List<Period> periods = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            for (int m = q * 3 - 2; m <= q * 3; m++) {
                periods.add(Period.month(year, m));
            }
            periods.add(Period.quarter(year, q));
            if (q == 2) {
                periods.add(Period.half(year, 1));
            }
            if (q == 3) {
                periods.add(Period.firstMonths(year, 9));
            }
            if (q == 4) {
                periods.add(Period.half(year, 2));
            }
        }
        periods.add(Period.year(year));
        return periods;
    }

    /** The name of a grid cell's input: {@code c|trade.export|2021-Q1|ACTUAL}. */
    static String cellName(String indicator, Period period, ValueKind kind) {
        return "c|" + indicator + "|" + period + "|" + kind;
    }

    /** The values of a unit for a year's grid periods, by cell name, written so that they read back as themselves. */
    @Transactional(readOnly = true)
    Map<String, String> grid(String unit, int year) {
        access.checkRead(unit);
        Set<Period> periods = Set.copyOf(gridPeriods(year));
        Map<String, String> cells = new HashMap<>();
        for (IndicatorValue v :
                values.findStartingIn(List.of(unit), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            if (periods.contains(v.period())) {
                cells.put(
                        cellName(v.getIndicatorCode(), v.period(), v.getKind()), NumberInput.printPlain(v.getValue()));
            }
        }
        return cells;
    }

    /**
     * Saves a grid: a filled cell creates or changes its value, an emptied cell removes it. Every
     * cell is read first; one unreadable number and nothing is saved.
     *
     * @return how many values were created, changed and removed
     */
    int saveGrid(String unit, int year, Map<String, String> submitted) {
        access.checkWrite(unit);
        Map<String, IndicatorValue> existing = new HashMap<>();
        Set<Period> periods = Set.copyOf(gridPeriods(year));
        for (IndicatorValue v :
                values.findStartingIn(List.of(unit), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            if (periods.contains(v.period())) {
                existing.put(cellName(v.getIndicatorCode(), v.period(), v.getKind()), v);
            }
        }
        Set<String> known =
                indicators.findAll().stream().map(Indicator::getCode).collect(Collectors.toSet());
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> cell : submitted.entrySet()) {
            if (!cell.getKey().startsWith("c|")) {
                continue;
            }
            String[] parts = cell.getKey().split("\\|");
            if (parts.length != 4 || !known.contains(parts[1])) {
                continue;
            }
            Optional<Period> period = Period.parse(parts[2]);
            if (period.isEmpty() || !periods.contains(period.get())) {
                continue;
            }
            try {
                BigDecimal number = NumberInput.parse(cell.getValue());
                if (number != null && !NumberInput.fits(number, 24, 6)) {
                    problems.add(new FieldProblem(cell.getKey(), "number.tooLarge"));
                }
                parsed.put(cell.getKey(), number);
            } catch (NumberInput.Refused e) {
                problems.add(new FieldProblem(cell.getKey(), e.key()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int changes = 0;
        for (Map.Entry<String, BigDecimal> cell : parsed.entrySet()) {
            IndicatorValue old = existing.get(cell.getKey());
            BigDecimal number = cell.getValue();
            if (number == null) {
                if (old != null) {
                    values.delete(old);
                    changes++;
                }
                continue;
            }
            if (old != null) {
                if (old.getValue().compareTo(number) != 0) {
                    old.changeValue(number);
                    changes++;
                }
                continue;
            }
            String[] parts = cell.getKey().split("\\|");
            IndicatorValue value = new IndicatorValue();
            value.apply(parts[1], unit, Period.ofCode(parts[2]), ValueKind.valueOf(parts[3]), number, null);
            values.save(value);
            changes++;
        }
        values.flush();
        return changes;
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
