package vn.doingoai.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.doingoai.money.CurrencySum;

/**
 * One aggregate query of a figure source over all the cells of a {@link FigureQuery} (its periods,
 * and its groups of units), written once here: the source names its table and unit column, the
 * columns it groups by, and an aggregate per period under a name; this adds the scope, the unit
 * column and its group by when the query has groups, reads each row once per period and hands the
 * source a {@link Row} that knows its cell and reads the aggregates by name.
 *
 * <pre>{@code
 * query.select("delegation d", "d.unit_code")
 *         .groupBy("d.direction")
 *         .sumIn("delegations", "d.start_date", "1")
 *         .where("d.start_date between :from and :to")
 *         .read(jdbc, params, row -> tally.add(row, key(row.text("direction")), row.count("delegations")));
 * }</pre>
 */
public final class FigureSelect {

    /** The alias of the unit column, when the query has groups. */
    private static final String UNIT = "figure_unit";

    /** The names of a row's currency and rate date ({@link #perCurrency}). */
    static final String CURRENCY = "currency";

    static final String RATE_DATE = "rate_date";

    private final FigureQuery query;
    private final String from;
    private final String unitColumn;
    private final List<String> columns = new ArrayList<>();
    private final List<String> groupBy = new ArrayList<>();
    private final List<String> aggregates = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();

    FigureSelect(FigureQuery query, String from, String unitColumn) {
        this.query = query;
        this.from = from;
        this.unitColumn = unitColumn;
        conditions.add(query.scope(unitColumn));
    }

    /** Columns to select and group by, read by their names ({@code d.direction} as {@code direction}). */
    public FigureSelect groupBy(String... columns) {
        for (String column : columns) {
            this.columns.add(column);
            groupBy.add(column);
        }
        return this;
    }

    /** An expression to select and group by, read as {@code name}. */
    public FigureSelect groupByAs(String name, String expression) {
        columns.add(expression + " as " + name);
        groupBy.add(expression);
        return this;
    }

    /**
     * Groups money by its currency and the date of its rate to {@code target} ({@link
     * CurrencySum#rateDate}: none for money in the target currency), so that each row holds the sums
     * of one currency at one date, added by {@link FigureTally#addMoney(Row, String, BigDecimal)}.
     */
    public FigureSelect perCurrency(String currencyColumn, String dateColumn, String target) {
        return groupByAs(CURRENCY, currencyColumn)
                .groupByAs(RATE_DATE, CurrencySum.rateDate(currencyColumn, dateColumn, target));
    }

    /** An aggregate of each period {@code i}, read by {@link Row#count} or {@link Row#sum} as {@code name}. */
    public FigureSelect each(String name, IntFunction<String> aggregate) {
        for (int i = 0; i < query.size(); i++) {
            aggregates.add(aggregate.apply(i) + " as " + name + "_" + i);
        }
        return this;
    }

    /** {@code sum(case when <condition(i)> then <value> else 0 end)} for each period {@code i}. */
    public FigureSelect sum(String name, IntFunction<String> condition, String value) {
        return each(name, i -> "sum(case when " + condition.apply(i) + " then " + value + " else 0 end)");
    }

    /** {@link #sum} of the rows whose {@code dateColumn} lies in each period. */
    public FigureSelect sumIn(String name, String dateColumn, String value) {
        return sum(name, i -> FigureQuery.in(dateColumn, i), value);
    }

    /** A condition of the {@code where} clause (the scope of the unit column is there already). */
    public FigureSelect where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** The SQL: the columns, the aggregates and the unit column; the scope; the group by. */
    public String sql() {
        List<String> select = new ArrayList<>(columns);
        select.addAll(aggregates);
        List<String> group = new ArrayList<>(groupBy);
        if (query.grouped()) {
            select.add(unitColumn + " as " + UNIT);
            group.add(unitColumn);
        }
        return "select " + String.join(", ", select) + " from " + from + " where " + String.join(" and ", conditions)
                + (group.isEmpty() ? "" : " group by " + String.join(", ", group));
    }

    /** A source's work on one row and period. */
    @FunctionalInterface
    public interface Reader {
        void read(Row row) throws SQLException;
    }

    /** Runs the query: each row is given to {@code reader} once for each period, with its cell. */
    public void read(NamedParameterJdbcTemplate jdbc, Map<String, Object> params, Reader reader) {
        jdbc.query(sql(), params, rs -> {
            int g = query.grouped() ? query.groupOf(rs.getString(UNIT)) : 0;
            for (int i = 0; i < query.size(); i++) {
                reader.read(new Row(rs, query.cell(g, i), i));
            }
        });
    }

    /** {@link #read} with the query's own parameters. */
    public void read(NamedParameterJdbcTemplate jdbc, Reader reader) {
        read(jdbc, query.sqlParameters(), reader);
    }

    /** A row of the result for one period: its cell, its columns and its aggregates of that period. */
    public static final class Row {

        private final ResultSet rs;
        private final int cell;
        private final int period;

        Row(ResultSet rs, int cell, int period) {
            this.rs = rs;
            this.cell = cell;
            this.period = period;
        }

        /** The cell the row counts in (see {@link FigureQuery#cell}). */
        public int cell() {
            return cell;
        }

        /** The aggregate {@code name} of the row's period, 0 when null. */
        public long count(String name) throws SQLException {
            return rs.getLong(name + "_" + period);
        }

        /** The aggregate {@code name} of the row's period, null when null. */
        public BigDecimal sum(String name) throws SQLException {
            return rs.getBigDecimal(name + "_" + period);
        }

        /** A column grouped by. */
        public String text(String column) throws SQLException {
            return rs.getString(column);
        }

        /** A column grouped by, null when null. */
        public Object value(String column) throws SQLException {
            return rs.getObject(column);
        }

        /** A date grouped by, null when null. */
        public LocalDate date(String column) throws SQLException {
            Date date = rs.getDate(column);
            return date == null ? null : date.toLocalDate();
        }
    }
}
