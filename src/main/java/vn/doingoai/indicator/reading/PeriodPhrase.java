package vn.doingoai.indicator.reading;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import vn.doingoai.period.Period;

/**
 * A period as a sentence names it ({@code 9 tháng năm 2021}, {@code quý III}, {@code cùng kỳ năm
 * trước}), resolved against the period the sentence is read in: a phrase without a year takes the
 * year of that period.
 *
 * @param form what the phrase names
 * @param number the months, quarter or month it names (0 when it names none)
 * @param year the year it states, or null
 */
record PeriodPhrase(Form form, int number, Integer year) {

    enum Form {
        /** {@code 9 tháng năm 2021}, {@code 6 tháng đầu năm}, {@code đến hết tháng 6/2021}: January to month n. */
        FIRST_MONTHS,
        /** {@code 6 tháng cuối năm}. */
        SECOND_HALF,
        /** {@code quý III/2021}. */
        QUARTER,
        /** {@code tháng 6/2021}. */
        MONTH,
        /** {@code năm 2022}. */
        YEAR,
        /** {@code cả năm}, {@code năm nay}: the whole year of the context. */
        THIS_YEAR,
        /** {@code năm trước}, {@code năm ngoái}. */
        LAST_YEAR,
        /** {@code cùng kỳ}, {@code cùng kỳ năm 2020}: the context's dates a year (or in the year) before. */
        SAME_PERIOD
    }

    /** The period this phrase names when read in {@code context}. */
    Optional<Period> resolve(Period context) {
        int y = year != null ? year : context.to().getYear();
        try {
            return Optional.of(
                    switch (form) {
                        case FIRST_MONTHS -> Period.firstMonths(y, number);
                        case SECOND_HALF -> Period.half(y, 2);
                        case QUARTER -> Period.quarter(y, number);
                        case MONTH -> Period.month(y, number);
                        case YEAR, THIS_YEAR -> Period.year(y);
                        case LAST_YEAR -> Period.year(y - 1);
                        case SAME_PERIOD -> year == null ? context.previousYear() : inYear(context, year);
                    });
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The period a figure of {@code figure} is compared with ({@code so với năm 2022}, {@code so
     * với cùng kỳ}): a year named against a part of a year means the same part of that year; a
     * phrase without a year means the year before.
     */
    Optional<Period> comparedWith(Period figure) {
        boolean wholeYear = figure.wholeYear().map(figure::equals).orElse(false);
        return switch (form) {
            case SAME_PERIOD -> resolve(figure);
            case YEAR -> wholeYear ? resolve(figure) : safely(() -> inYear(figure, year));
            case LAST_YEAR -> wholeYear ? resolve(figure) : Optional.of(figure.previousYear());
            case THIS_YEAR -> resolve(figure);
            default -> resolve(year == null ? figure.previousYear() : figure);
        };
    }

    /** The same months in another year (29 February becomes 28). */
    static Period inYear(Period period, int year) {
        LocalDate to = period.to();
        boolean monthEnd = to.equals(YearMonth.from(to).atEndOfMonth());
        LocalDate newTo = monthEnd ? YearMonth.of(year, to.getMonth()).atEndOfMonth() : to.withYear(year);
        return Period.of(period.from().withYear(year), newTo);
    }

    private static Optional<Period> safely(java.util.function.Supplier<Period> period) {
        try {
            return Optional.of(period.get());
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
