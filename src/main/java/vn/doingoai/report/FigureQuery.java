package vn.doingoai.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.doingoai.period.Period;
import vn.doingoai.unit.UnitScope;

/**
 * The units and the periods of one computation of figures: usually the report's period and the
 * same period a year before, so that a source answers both with one pass over its records.
 *
 * <p>For plain SQL it offers the parameters {@link #sqlParameters()} ({@code :units}; {@code :from}
 * and {@code :to}, the span of all periods, for the {@code where} clause; {@code :from0}, {@code
 * :to0}, {@code :from1}... for each period) and the conditions to aggregate each period apart: a
 * source selects {@code sum(case when [in(i)] then ... end)} for each period {@code i}.
 *
 * @param unit the code of the unit reported on ({@code VN} for the whole country), for links
 * @param units the units whose records count (the unit, the units under it, the merged ones)
 * @param periods the periods, each with its dates both inclusive
 */
public record FigureQuery(String unit, UnitScope units, List<Period> periods) {

    public FigureQuery {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("A figure query needs a period");
        }
        periods = List.copyOf(periods);
    }

    public FigureQuery(String unit, UnitScope units, Period period) {
        this(unit, units, List.of(period));
    }

    public int size() {
        return periods.size();
    }

    public Period period(int i) {
        return periods.get(i);
    }

    /** The first day of the earliest period. */
    public LocalDate from() {
        return periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
    }

    /** The last day of the latest period. */
    public LocalDate to() {
        return periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
    }

    /** The query string of a link to a list filtered like period {@code i}: {@code unit=19&from=...&to=...}. */
    public String listParams(int i) {
        return "unit=" + unit + "&from=" + period(i).from() + "&to=" + period(i).to();
    }

    /** The scope condition on a unit column (nothing for the whole country), see {@link UnitScope#sqlCondition}. */
    public String scope(String column) {
        return units.sqlCondition(column);
    }

    /** {@code column between :fromI and :toI}: the date lies in period {@code i}. */
    public static String in(String column, int i) {
        return column + " between :from" + i + " and :to" + i;
    }

    /** {@code :toI}, the last day of period {@code i} (for figures of a state on that day). */
    public static String end(int i) {
        return ":to" + i;
    }

    /**
     * For each period {@code i}, in order: {@code , sum(case when <condition(i)> then <value> else 0
     * end)}, to append to a select list.
     */
    public String sums(IntFunction<String> condition, String value) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < periods.size(); i++) {
            sql.append(", sum(case when ")
                    .append(condition.apply(i))
                    .append(" then ")
                    .append(value)
                    .append(" else 0 end)");
        }
        return sql.toString();
    }

    /** {@link #sums} of the rows whose {@code dateColumn} lies in each period. */
    public String sumsIn(String dateColumn, String value) {
        return sums(i -> in(dateColumn, i), value);
    }

    /** The parameters of the conditions above, for a named-parameter query. */
    public Map<String, Object> sqlParameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("units", units.codesForQuery());
        params.put("from", Date.valueOf(from()));
        params.put("to", Date.valueOf(to()));
        for (int i = 0; i < periods.size(); i++) {
            params.put("from" + i, Date.valueOf(period(i).from()));
            params.put("to" + i, Date.valueOf(period(i).to()));
        }
        return params;
    }
}
