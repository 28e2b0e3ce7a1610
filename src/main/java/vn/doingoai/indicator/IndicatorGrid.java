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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NumberInput;
import vn.doingoai.period.Period;
import vn.doingoai.user.Access;

/** The entry grid: a unit's values of a year, every indicator by month, quarter, half, nine months and the year. */
@Service
@Transactional
class IndicatorGrid {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Access access;

    IndicatorGrid(IndicatorRepository indicators, IndicatorValueRepository values, Access access) {
        this.indicators = indicators;
        this.values = values;
        this.access = access;
    }

    /** The periods of a year in the grid's order: months with their quarter, halves, 9M, the year. */
    static List<Period> periods(int year) {
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
    Map<String, String> of(String unit, int year) {
        access.checkRead(unit);
        Set<Period> periods = Set.copyOf(periods(year));
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
    int save(String unit, int year, Map<String, String> submitted) {
        access.checkWrite(unit);
        Map<String, IndicatorValue> existing = new HashMap<>();
        Set<Period> periods = Set.copyOf(periods(year));
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
}
