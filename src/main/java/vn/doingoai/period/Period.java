package vn.doingoai.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a report: from and to, both inclusive. Periods with a code print it; any other range
 * prints as {@code 2021-01-05..2021-02-10}.
 */
public record Period(LocalDate from, LocalDate to) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{1,2})M");

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period needs from <= to: " + from + ".." + to);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** January to the end of month {@code n} (n tháng đầu năm). */
    public static Period firstMonths(int year, int n) {
        return new Period(LocalDate.of(year, 1, 1), YearMonth.of(year, n).atEndOfMonth());
    }

    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period quarter(int year, int quarter) {
        return new Period(
                LocalDate.of(year, quarter * 3 - 2, 1),
                YearMonth.of(year, quarter * 3).atEndOfMonth());
    }

    public static Period half(int year, int half) {
        return half == 1
                ? new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    /** Parses a period code of the contract, or empty when the text is not one. */
    public static Optional<Period> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        try {
            Matcher m;
            if ((m = YEAR.matcher(c)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = HALF.matcher(c)).matches()) {
                return Optional.of(half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(c)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTH.matcher(c)).matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTHS.matcher(c)).matches()) {
                int n = Integer.parseInt(m.group(2));
                return n >= 1 && n <= 12 ? Optional.of(firstMonths(Integer.parseInt(m.group(1)), n)) : Optional.empty();
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Like {@link #parse} but throws for a text that is not a period code. */
    public static Period ofCode(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("Not a period: " + code));
    }

    /** The same dates one year before (cùng kỳ); 29 February becomes 28 February. */
    public Period previousYear() {
        LocalDate prevTo = to.minusYears(1);
        if (to.getMonthValue() == 2 && to.getDayOfMonth() >= 28) {
            prevTo = YearMonth.from(prevTo).atEndOfMonth();
        }
        return new Period(from.minusYears(1), prevTo);
    }

    /** The whole year this period lies in (when it lies in one year). */
    public Optional<Period> wholeYear() {
        return from.getYear() == to.getYear() ? Optional.of(year(from.getYear())) : Optional.empty();
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
    }

    /** The contract's code of this period, or empty when it is an arbitrary range. */
    public Optional<String> code() {
        int y = from.getYear();
        if (to.getYear() != y
                || from.getDayOfMonth() != 1
                || !to.equals(YearMonth.from(to).atEndOfMonth())) {
            return Optional.empty();
        }
        int fm = from.getMonthValue();
        int tm = to.getMonthValue();
        if (fm == 1 && tm == 12) {
            return Optional.of(Integer.toString(y));
        }
        if (fm == tm) {
            return Optional.of(String.format("%d-%02d", y, fm));
        }
        if (fm == 1 && tm == 6) {
            return Optional.of(y + "-H1");
        }
        if (fm == 7 && tm == 12) {
            return Optional.of(y + "-H2");
        }
        if (tm - fm == 2 && fm % 3 == 1) {
            return Optional.of(y + "-Q" + (tm / 3));
        }
        if (fm == 1) {
            return Optional.of(y + "-" + tm + "M");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code().orElse(from + ".." + to);
    }
}
