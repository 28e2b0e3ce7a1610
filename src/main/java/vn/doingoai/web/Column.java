package vn.doingoai.web;

import java.util.function.Function;

/**
 * One column of a record type's list: its heading (a message key), the field it sorts by (null
 * when it does not sort), what kind of value it shows and how to read that value from a row. The
 * same column gives the list page's cell (in the page's language) and the Excel export's cell
 * (typed: numbers and dates as such). See {@link ListColumns}.
 *
 * @param label the heading's message key
 * @param sort the sort field of the list's {@code sort=} parameter, or null
 * @param kind how the value is written
 * @param value the value of a row
 * @param labels for {@link Kind#LABEL}: the prefix of the values' message keys ({@code partner.kind});
 *     for {@link Kind#REFS}: the field whose refs they are ({@code partners})
 * @param decimals for {@link Kind#NUMBER}: the most decimals the page shows
 * @param shown where the column appears: on the page, in the export, or both
 */
public record Column<T>(
        String label, String sort, Kind kind, Function<? super T, ?> value, String labels, int decimals, Shown shown) {

    /** How a value is written. */
    public enum Kind {
        /** Text as it is; a collection joined with commas. */
        TEXT,
        /** A number: {@code 1.234,5} on a Vietnamese page, a number cell in Excel. */
        NUMBER,
        /** A date: {@code 01/03/2021}, a date cell in Excel. */
        DATE,
        /** An amount of {@code Money}: {@code 72,5 triệu USD}; in Excel the amount as a number. */
        AMOUNT,
        /** A unit code, written as the unit's name. */
        UNIT,
        /** A country code (or several), written as the country's name. */
        COUNTRY,
        /** An enum value (or several), written as its label {@code <labels>.<VALUE>}. */
        LABEL,
        /**
         * The refs of other records (an agreement's partners), written as their names: {@code labels}
         * is the field whose refs they are, named by the module that owns them ({@link HistoryRefs}).
         */
        REFS
    }

    /** Where a column appears. */
    public enum Shown {
        BOTH,
        PAGE,
        EXCEL
    }

    public static <T> Column<T> text(String label, String sort, Function<? super T, ?> value) {
        return new Column<>(label, sort, Kind.TEXT, value, null, 2, Shown.BOTH);
    }

    public static <T> Column<T> number(String label, String sort, Function<? super T, ?> value) {
        return new Column<>(label, sort, Kind.NUMBER, value, null, 2, Shown.BOTH);
    }

    public static <T> Column<T> date(String label, String sort, Function<? super T, ?> value) {
        return new Column<>(label, sort, Kind.DATE, value, null, 2, Shown.BOTH);
    }

    public static <T> Column<T> amount(String label, String sort, Function<? super T, ?> value) {
        return new Column<>(label, sort, Kind.AMOUNT, value, null, 2, Shown.BOTH);
    }

    /** The record's unit, by name, sorted by its code. */
    public static <T> Column<T> unit(Function<? super T, ?> value) {
        return new Column<>("common.unit", "unitCode", Kind.UNIT, value, null, 2, Shown.BOTH);
    }

    public static <T> Column<T> country(String label, String sort, Function<? super T, ?> value) {
        return new Column<>(label, sort, Kind.COUNTRY, value, null, 2, Shown.BOTH);
    }

    public static <T> Column<T> label(String label, String sort, String labels, Function<? super T, ?> value) {
        return new Column<>(label, sort, Kind.LABEL, value, labels, 2, Shown.BOTH);
    }

    /** Refs of other records by their names: {@code field} as their module's {@link HistoryRefs} names it ({@code partners}). */
    public static <T> Column<T> refs(String label, String field, Function<? super T, ?> value) {
        return new Column<>(label, null, Kind.REFS, value, field, 2, Shown.BOTH);
    }

    /** The record's reference, in the export only. */
    public static <T> Column<T> ref(Function<? super T, ?> value) {
        return Column.<T>text("common.ref", "ref", value).excelOnly();
    }

    /** The currency of an amount column, in the export only (where the amount is a bare number). */
    public static <T> Column<T> currency(Function<? super T, ?> value) {
        return Column.<T>text("money.currency", null, value).excelOnly();
    }

    public Column<T> pageOnly() {
        return new Column<>(label, sort, kind, value, labels, decimals, Shown.PAGE);
    }

    public Column<T> excelOnly() {
        return new Column<>(label, sort, kind, value, labels, decimals, Shown.EXCEL);
    }

    public Column<T> decimals(int maxDecimals) {
        return new Column<>(label, sort, kind, value, labels, maxDecimals, shown);
    }

    boolean onPage() {
        return shown != Shown.EXCEL;
    }

    boolean inExcel() {
        return shown != Shown.PAGE;
    }

    boolean numeric() {
        return kind == Kind.NUMBER || kind == Kind.AMOUNT;
    }

    Object of(T row) {
        return value.apply(row);
    }
}
