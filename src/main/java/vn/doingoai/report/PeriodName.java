package vn.doingoai.report;

import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.period.Period;

/**
 * A period named the way the reports name it: {@code 9 tháng năm 2021}, {@code 6 tháng đầu năm
 * 2021}, {@code quý III năm 2021}, {@code tháng 6 năm 2021}, {@code năm 2021}, or else {@code từ
 * ngày 1/1/2021 đến ngày 15/2/2021}.
 */
final class PeriodName {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private PeriodName() {}

    static String of(Period period) {
        String code = period.code().orElse(null);
        if (code == null) {
            return "từ ngày " + VietnameseFormat.documentDate(period.from()) + " đến ngày "
                    + VietnameseFormat.documentDate(period.to());
        }
        int year = period.from().getYear();
        if (code.matches("\\d{4}")) {
            return "năm " + year;
        }
        if (code.endsWith("-H1")) {
            return "6 tháng đầu năm " + year;
        }
        if (code.endsWith("-H2")) {
            return "6 tháng cuối năm " + year;
        }
        if (code.matches("\\d{4}-Q[1-4]")) {
            return "quý " + QUARTERS[code.charAt(code.length() - 1) - '1'] + " năm " + year;
        }
        if (code.matches("\\d{4}-\\d{2}")) {
            return "tháng " + period.from().getMonthValue() + " năm " + year;
        }
        return period.to().getMonthValue() + " tháng năm " + year;
    }
}
