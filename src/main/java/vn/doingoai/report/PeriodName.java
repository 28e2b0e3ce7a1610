package vn.doingoai.report;

import java.time.format.TextStyle;
import java.util.Locale;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.period.Period;

/**
 * A period named the way the reports name it: {@code 9 tháng năm 2021}, {@code 6 tháng đầu năm
 * 2021}, {@code quý III năm 2021}, {@code tháng 6 năm 2021}, {@code năm 2021}, or else {@code từ
 * ngày 1/1/2021 đến ngày 15/2/2021}; in English {@code the first 9 months of 2021}, {@code the third
 * quarter of 2021}, {@code June 2021}, {@code 2021}, {@code 1 January 2021 to 15 February 2021}.
 */
final class PeriodName {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    private PeriodName() {}

    static String of(Period period) {
        return of(period, VietnameseFormat.VIETNAMESE);
    }

    static String of(Period period, Locale locale) {
        boolean en = ReportWords.english(locale);
        String code = period.code().orElse(null);
        int year = period.from().getYear();
        if (code == null) {
            return en
                    ? englishDate(period) + " to " + englishDate(period.to())
                    : "từ ngày " + VietnameseFormat.documentDate(period.from()) + " đến ngày "
                            + VietnameseFormat.documentDate(period.to());
        }
        if (code.matches("\\d{4}")) {
            return en ? "the year " + year : "năm " + year;
        }
        if (code.endsWith("-H1")) {
            return en ? "the first half of " + year : "6 tháng đầu năm " + year;
        }
        if (code.endsWith("-H2")) {
            return en ? "the second half of " + year : "6 tháng cuối năm " + year;
        }
        if (code.matches("\\d{4}-Q[1-4]")) {
            int q = code.charAt(code.length() - 1) - '1';
            return en ? "the " + ORDINALS[q] + " quarter of " + year : "quý " + QUARTERS[q] + " năm " + year;
        }
        if (code.matches("\\d{4}-\\d{2}")) {
            return en
                    ? period.from().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                    : "tháng " + period.from().getMonthValue() + " năm " + year;
        }
        int months = period.to().getMonthValue();
        return en ? "the first " + months + " months of " + year : months + " tháng năm " + year;
    }

    private static String englishDate(Period period) {
        return englishDate(period.from());
    }

    private static String englishDate(java.time.LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + d.getYear();
    }
}
