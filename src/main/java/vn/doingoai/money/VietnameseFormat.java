package vn.doingoai.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers the Vietnamese way, as the reports write them: a dot between thousands, a comma for
 * decimals, and the words triệu (10^6) and tỷ (10^9): {@code 2.907}, {@code 13,02%}, {@code 1,25 tỷ
 * USD}, {@code 158,06 triệu USD}, {@code 23 tỷ 338 triệu đồng}. Pages and documents use this one
 * formatter. An English page passes its locale and gets the English way: {@code 2,907}, {@code
 * 1.25 billion USD}, {@code 158.06 million USD}. Dates on pages are {@code dd/mm/yyyy} in both
 * languages; the official documents write {@code 10/6/2021} ({@link #documentDate}).
 */
public final class VietnameseFormat {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {}

    /** Whether a locale writes numbers the Vietnamese way (every locale but English does here). */
    static boolean vietnamese(Locale locale) {
        return locale == null || !"en".equals(locale.getLanguage());
    }

    /** {@code 11669} → {@code 11.669}; {@code 7.25} → {@code 7,25}; at most two decimals. */
    public static String number(BigDecimal value) {
        return number(value, 2, VIETNAMESE);
    }

    public static String number(BigDecimal value, int maxDecimals) {
        return number(value, maxDecimals, VIETNAMESE);
    }

    /** In the locale's way: {@code 1.234,5} (Vietnamese) or {@code 1,234.5} (English). */
    public static String number(BigDecimal value, Locale locale) {
        return number(value, 2, locale);
    }

    public static String number(BigDecimal value, int maxDecimals, Locale locale) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO; // never "-0"
        }
        boolean vi = vietnamese(locale);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(vi ? '.' : ',');
        symbols.setDecimalSeparator(vi ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(rounded);
    }

    public static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    public static String number(long value, Locale locale) {
        return number(BigDecimal.valueOf(value), locale);
    }

    /** {@code 7.3} → {@code 7,3%}. */
    public static String percent(BigDecimal value) {
        return percent(value, VIETNAMESE);
    }

    public static String percent(BigDecimal value, Locale locale) {
        return value == null ? "" : number(value, locale) + "%";
    }

    /** A change the way the reports say it: {@code tăng 7,3%}, {@code giảm 1,43%}, {@code bằng cùng kỳ}. */
    public static String change(BigDecimal changePct) {
        if (changePct == null) {
            return "";
        }
        if (changePct.signum() == 0) {
            return "bằng cùng kỳ";
        }
        return (changePct.signum() > 0 ? "tăng " : "giảm ") + percent(changePct.abs());
    }

    /**
     * An amount with triệu or tỷ, two decimals at most: {@code 21310000000 USD} → {@code 21,31 tỷ
     * USD}, {@code 158060000} → {@code 158,06 triệu USD}, {@code 438470} → {@code 438.470 USD}.
     */
    public static String amount(BigDecimal value, String currency) {
        return amount(value, currency, VIETNAMESE);
    }

    /**
     * {@link #amount(BigDecimal, String)} in the locale's words: in English {@code 21.31 billion
     * USD}, {@code 158.06 million USD}, {@code 438,470 USD}, and VND as {@code VND}.
     */
    public static String amount(BigDecimal value, String currency, Locale locale) {
        if (value == null) {
            return "";
        }
        boolean vi = vietnamese(locale);
        String unit = currency == null ? "" : "VND".equals(currency) && vi ? "đồng" : currency;
        String space = unit.isEmpty() ? "" : " ";
        BigDecimal abs = value.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return number(value.divide(BILLION), locale) + (vi ? " tỷ" : " billion") + space + unit;
        }
        if (abs.compareTo(MILLION) >= 0) {
            return number(value.divide(MILLION), locale) + (vi ? " triệu" : " million") + space + unit;
        }
        return number(value, locale) + space + unit;
    }

    public static String amount(Money money) {
        return money == null ? "" : amount(money.amount(), money.currency());
    }

    public static String amount(Money money, Locale locale) {
        return money == null ? "" : amount(money.amount(), money.currency(), locale);
    }

    /** VND in words of tỷ and triệu: {@code 23338000000} → {@code 23 tỷ 338 triệu đồng}. */
    public static String dong(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal abs = value.abs().setScale(0, RoundingMode.HALF_UP);
        String sign = value.signum() < 0 ? "-" : "";
        BigDecimal[] billions = abs.divideAndRemainder(BILLION);
        BigDecimal[] millions = billions[1].divideAndRemainder(MILLION);
        StringBuilder out = new StringBuilder(sign);
        if (billions[0].signum() > 0) {
            out.append(number(billions[0])).append(" tỷ");
        }
        if (millions[0].signum() > 0) {
            out.append(out.length() > sign.length() ? " " : "")
                    .append(number(millions[0]))
                    .append(" triệu");
        }
        if (millions[1].signum() > 0 || out.length() == sign.length()) {
            out.append(out.length() > sign.length() ? " " : "").append(number(millions[1]));
        }
        return out.append(" đồng").toString();
    }

    /** {@link #dong(BigDecimal)} on a Vietnamese page; {@code 23.34 billion VND} on an English one. */
    public static String dong(BigDecimal value, Locale locale) {
        return vietnamese(locale) ? dong(value) : amount(value, "VND", locale);
    }

    /** A date as pages and spreadsheets write it, in both languages: {@code 10/06/2021}. */
    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** A date as the official documents write it: {@code 10/6/2021}. */
    public static String documentDate(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** {@code ngày 10 tháng 6 năm 2021}. */
    public static String longDate(LocalDate date) {
        return date == null
                ? ""
                : "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}
