package vn.doingoai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import vn.doingoai.money.Money;

/**
 * The records behind a figure, each with what it adds to the figure in the period: the figure's
 * drill-down ({@code /reports/figure}), whose total row equals the figure. A module that adds figures
 * ({@link FigureSource}) implements this for its keys with the same conditions as its figures, so
 * that an officer can reconcile a figure record by record: "Vốn FDI đăng ký mới và tăng thêm: 85
 * triệu USD" lists the capital registered and the increases of the period, not the projects' capital.
 */
public interface FigureRecords {

    /** The keys of the figures whose records this lists. */
    Set<String> keys();

    /** The records behind figure {@code key} for the units of {@code query}, in its one period. */
    Drill records(String key, FigureQuery query);

    /**
     * The records behind a figure.
     *
     * @param measure the figure's unit of measure, as {@link Figures#put} has it ({@code USD}, {@code
     *     PERSONS}...): the records' money parts are converted into it when it is a currency
     * @param mean whether the figure is the mean of the records' values (an AVERAGE indicator), not their sum
     * @param records the records, in the order to show
     */
    record Drill(String measure, boolean mean, List<Line> records) {

        public Drill {
            records = List.copyOf(records);
        }

        public static Drill sum(String measure, List<Line> records) {
            return new Drill(measure, false, records);
        }
    }

    /**
     * One record and its contribution: a number ({@code value}: 1 for a record counted, its persons,
     * its bridge points) or amounts of money ({@code amounts}, each converted at the rate of its own
     * date, as the figure converts it).
     *
     * @param title what the record is called
     * @param link the record's page (or a list), may be null
     * @param date the date that puts it in the period (signed, started, paid...), may be null
     * @param unit the record's unit code, may be null
     * @param note what it adds, in words: a message key or a text ({@code report.drill.increase}), may be null
     */
    record Line(
            String title,
            String link,
            LocalDate date,
            String unit,
            String note,
            BigDecimal value,
            List<Amount> amounts) {

        public Line {
            amounts = amounts == null ? List.of() : List.copyOf(amounts);
        }

        /** A record counted once. */
        public static Line counted(String title, String link, LocalDate date, String unit) {
            return new Line(title, link, date, unit, null, BigDecimal.ONE, List.of());
        }

        /** A record adding a number: persons, bridge points, a value. */
        public static Line adding(
                String title, String link, LocalDate date, String unit, String note, BigDecimal value) {
            return new Line(title, link, date, unit, note, value, List.of());
        }

        /** A record adding amounts of money. */
        public static Line paying(
                String title, String link, LocalDate date, String unit, String note, List<Amount> amounts) {
            return new Line(title, link, date, unit, note, null, amounts);
        }

        public Line withNote(String otherNote) {
            return new Line(title, link, date, unit, otherNote, value, amounts);
        }

        /** The same record under another title: a long text shortened. */
        public Line withTitle(String otherTitle) {
            return new Line(otherTitle, link, date, unit, note, value, amounts);
        }

        /** The same record with other amounts: a project's capital with its changes. */
        public Line withAmounts(List<Amount> otherAmounts) {
            return new Line(title, link, date, unit, note, value, otherAmounts);
        }
    }

    /** An amount in its own currency and the date of its exchange rate. */
    record Amount(Money money, LocalDate rateDate) {}

    /**
     * The lines of a query whose select list is the drill-down's usual one: the record's id, title,
     * date and unit, then for a figure that adds up a value ({@code coalesce(d.persons, 0)}) the value.
     * Each record is counted, or adds its value; its link is {@code linkPrefix + id}.
     */
    static RowMapper<Line> lines(String linkPrefix, boolean adding) {
        return (rs, n) -> {
            String link = linkPrefix + rs.getLong(1);
            LocalDate date = SqlFigureRecords.date(rs, 3);
            return adding
                    ? Line.adding(rs.getString(2), link, date, rs.getString(4), null, BigDecimal.valueOf(rs.getLong(5)))
                    : Line.counted(rs.getString(2), link, date, rs.getString(4));
        };
    }
}
