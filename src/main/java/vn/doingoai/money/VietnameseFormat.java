package vn.doingoai.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Numbers the Vietnamese way, as the reports write them: a dot between thousands, a comma for
 * decimals, and the words triệu (10^6) and tỷ (10^9): {@code 2.907}, {@code 13,02%}, {@code 1,25 tỷ
 * USD}, {@code 158,06 triệu USD}, {@code 23 tỷ 338 triệu đồng}. Pages and documents use this one
 * formatter.
 */
public final class VietnameseFormat {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private VietnameseFormat() {}

    /** {@code 11669} → {@code 11.669}; {@code 7.25} → {@code 7,25}; at most two decimals. */
    public static String number(BigDecimal value) {
        return number(value, 2);
    }

    public static String number(BigDecimal value, int maxDecimals) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(maxDecimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (!decimals.isEmpty()) {
            out.append(',').append(decimals);
        }
        return (rounded.signum() < 0 ? "-" : "") + out;
    }

    public static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** {@code 7.3} → {@code 7,3%}. */
    public static String percent(BigDecimal value) {
        return value == null ? "" : number(value) + "%";
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
        if (value == null) {
            return "";
        }
        String unit = "VND".equals(currency) ? "đồng" : currency;
        BigDecimal abs = value.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return number(value.divide(BILLION)) + " tỷ " + unit;
        }
        if (abs.compareTo(MILLION) >= 0) {
            return number(value.divide(MILLION)) + " triệu " + unit;
        }
        return number(value) + " " + unit;
    }

    public static String amount(Money money) {
        return money == null ? "" : amount(money.amount(), money.currency());
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

    /** {@code 10/6/2021}. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** {@code ngày 10 tháng 6 năm 2021}. */
    public static String longDate(LocalDate date) {
        return date == null
                ? ""
                : "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
    }
}
