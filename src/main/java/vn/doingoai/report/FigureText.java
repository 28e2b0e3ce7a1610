package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.Locale;
import vn.doingoai.money.Money;
import vn.doingoai.money.VietnameseFormat;

/** A figure's value in words the reports use, through {@link VietnameseFormat}. */
final class FigureText {

    private FigureText() {}

    static boolean isMoney(String unit) {
        return unit != null
                && unit.length() == 3
                && unit.equals(unit.toUpperCase(Locale.ROOT))
                && Money.isCurrency(unit);
    }

    /** {@code 21,31 tỷ USD}, {@code 23 tỷ 338 triệu đồng}, {@code 2.907}, {@code 6,5%}. */
    static String value(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        if ("VND".equals(unit)) {
            return VietnameseFormat.dong(value);
        }
        if (isMoney(unit)) {
            return VietnameseFormat.amount(value, unit);
        }
        if ("PERCENT".equals(unit) || "%".equals(unit)) {
            return VietnameseFormat.percent(value);
        }
        return VietnameseFormat.number(value);
    }

    /** {@link #value(BigDecimal, String)} in a page's language: {@code 21.31 billion USD} in English. */
    static String value(BigDecimal value, String unit, Locale locale) {
        if (value == null) {
            return "";
        }
        if ("VND".equals(unit)) {
            return VietnameseFormat.dong(value, locale);
        }
        if (isMoney(unit)) {
            return VietnameseFormat.amount(value, unit, locale);
        }
        if ("PERCENT".equals(unit) || "%".equals(unit)) {
            return VietnameseFormat.percent(value, locale);
        }
        return VietnameseFormat.number(value, locale);
    }

    static String value(Summary.Figure figure) {
        return figure == null ? "0" : value(figure.value(), figure.unit());
    }

    /** A count as the reports write small ones: {@code 02}, {@code 12}, {@code 2.907}. */
    static String count(Summary.Figure figure) {
        BigDecimal v = figure == null ? BigDecimal.ZERO : figure.value();
        if (v.signum() >= 0
                && v.compareTo(BigDecimal.TEN) < 0
                && v.stripTrailingZeros().scale() <= 0) {
            return "0" + v.intValue();
        }
        return VietnameseFormat.number(v);
    }

    /** {@code tăng 7,3%}, {@code giảm 1,43%}, {@code bằng cùng kỳ}, or empty. */
    static String change(Summary.Figure figure) {
        return figure == null ? "" : VietnameseFormat.change(figure.changePct());
    }

    /** {@code , tăng 7,3% so với cùng kỳ} or empty. */
    static String changeClause(Summary.Figure figure) {
        if (figure == null || figure.changePct() == null) {
            return "";
        }
        return figure.changePct().signum() == 0 ? ", bằng cùng kỳ" : ", " + change(figure) + " so với cùng kỳ";
    }

    /** {@code , bằng 75,7% kế hoạch} or empty. */
    static String planClause(Summary.Figure figure) {
        if (figure == null || figure.planPct() == null) {
            return "";
        }
        return ", bằng " + VietnameseFormat.percent(figure.planPct()) + " kế hoạch";
    }
}
