package vn.doingoai.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.period.Period;
import vn.doingoai.unit.UnitScope;

/**
 * The units and the periods of one computation of figures: usually the report's period and the
 * same period a year before, so that a source answers both with one pass over its records.
 *
 * <p>For plain SQL it offers the parameters {@link #sqlParameters()} ({@code :units}; {@code :from}
 * and {@code :to}, the span of all periods, for the {@code where} clause; {@code :from0}, {@code
 * :to0}, {@code :from1}... for each period) and the conditions of each period ({@link #in}, {@link
 * #end}).
 *
 * <p>A query may also ask for the figures of several {@linkplain Group groups} of units apart (the
 * national view: each province), still in one pass. The answer has one {@link Figures} per
 * <em>cell</em>, a group and a period: {@link #cell}{@code (g, i)}; without groups the cells are the
 * periods. A source does not count cells itself: it reads with {@link #select} (an aggregate per
 * period under a name; the scope, the unit column, the group by and each row's cell are added there)
 * and adds up in a {@link #tally()}, which puts every figure into every cell.
 *
 * @param unit the code of the unit reported on ({@code VN} for the whole country), for links
 * @param units the units whose records count (the unit, the units under it, the merged ones)
 * @param periods the periods, each with its dates both inclusive
 * @param groups the groups of units to give apart, none to give {@code units} as one
 */
public record FigureQuery(String unit, UnitScope units, List<Period> periods, List<Group> groups) {

    /** Units whose figures are given together: a province with the units under it and merged into it. */
    public record Group(String unit, UnitScope units) {}

    public FigureQuery {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("A figure query needs a period");
        }
        periods = List.copyOf(periods);
        groups = List.copyOf(groups);
    }

    public FigureQuery(String unit, UnitScope units, List<Period> periods) {
        this(unit, units, periods, List.of());
    }

    public FigureQuery(String unit, UnitScope units, Period period) {
        this(unit, units, List.of(period));
    }

    /**
     * The figures of each group apart, for one period, from the records of {@code units}; the groups
     * must not share a unit. The records of units in no group are counted in one more group, the
     * last: the rest. (Reading everywhere and setting the rest aside is faster than naming every
     * unit of every group in the query.)
     */
    public static FigureQuery byGroup(List<Group> groups, UnitScope units, Period period) {
        Set<String> codes = new HashSet<>();
        for (Group group : groups) {
            if (group.units().all()) {
                throw new IllegalArgumentException("A group of a figure query is a list of units");
            }
            for (String code : group.units().codes()) {
                if (!codes.add(code)) {
                    throw new IllegalArgumentException("The groups of a figure query share unit " + code);
                }
            }
        }
        return new FigureQuery(null, units, List.of(period), groups);
    }

    public int size() {
        return periods.size();
    }

    public Period period(int i) {
        return periods.get(i);
    }

    /** Whether the figures are given by group of units. */
    public boolean grouped() {
        return !groups.isEmpty();
    }

    /** The number of groups: 1 without groups, else the groups and the rest. */
    public int groupCount() {
        return groups.size() + 1;
    }

    /** The number of cells (groups × periods): the size of the list of figures to fill. */
    public int cells() {
        return groupCount() * size();
    }

    /** The cell of group {@code g} and period {@code i}. */
    public int cell(int g, int i) {
        return g * size() + i;
    }

    /** The group of a cell. */
    public int groupOfCell(int cell) {
        return cell / size();
    }

    /** The index of the period of a cell. */
    public int periodIndexOf(int cell) {
        return cell % size();
    }

    /** The unit a cell reports on: the query's unit, or the cell's group's ({@code VN} for the rest). */
    public String unitOf(int cell) {
        int g = groupOfCell(cell);
        return g < groups.size() ? groups.get(g).unit() : groups.isEmpty() ? unit : "VN";
    }

    /** The period of a cell. */
    public Period periodOf(int cell) {
        return period(periodIndexOf(cell));
    }

    /** The group of a unit: 0 without groups, the last (the rest) for a unit in no group. */
    public int groupOf(String code) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).units().contains(code)) {
                return g;
            }
        }
        return groups.size();
    }

    /** The first day of the earliest period. */
    public LocalDate from() {
        return periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
    }

    /** The last day of the latest period. */
    public LocalDate to() {
        return periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
    }

    /** The query string of a link to a list filtered like a cell: {@code unit=19&from=...&to=...}. */
    public String listParams(int cell) {
        return "unit=" + unitOf(cell) + "&from=" + periodOf(cell).from() + "&to="
                + periodOf(cell).to();
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
     * An aggregate query of the records of {@code from} (a table and its alias, or a join) in the
     * query's scope on {@code unitColumn}, by cell: see {@link FigureSelect}.
     */
    public FigureSelect select(String from, String unitColumn) {
        return new FigureSelect(this, from, unitColumn);
    }

    /** A tally of counts over the query's cells. */
    public FigureTally tally() {
        return new FigureTally(this, null, null);
    }

    /** A tally of counts and of money summed in {@code currency} (each amount at its own date's rate). */
    public FigureTally tally(CurrencyConverter rates, String currency) {
        return new FigureTally(this, rates, currency);
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
