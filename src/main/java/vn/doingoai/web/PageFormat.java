package vn.doingoai.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Formats;

/**
 * For templates: numbers, amounts and dates the one way, in the page's language: {@code
 * ${@fmt.date(d.startDate)}} → {@code 01/03/2021}, {@code ${@fmt.number(v.workers)}} → {@code
 * 1.234} ({@code 1,234} in English), {@code ${@fmt.amount(i.capital)}} → {@code 72,5 triệu USD}
 * ({@code 72.5 million USD}). Each method takes any value of its kind (an {@code Integer}, a {@code
 * Long}, a {@code BigDecimal}...), so that a template never has to pick an overload. Null gives "".
 */
@Component("fmt")
public class PageFormat {

    private final Formats formats;

    PageFormat(Formats formats) {
        this.formats = formats;
    }

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(Object value) {
        if (value instanceof LocalDate d) {
            return formats.date(d);
        }
        if (value instanceof LocalDateTime t) {
            return TIME.format(t);
        }
        if (value instanceof Instant i) {
            return TIME.format(LocalDateTime.ofInstant(i, VIETNAM));
        }
        if (value instanceof CharSequence s && !s.isEmpty()) {
            try {
                return formats.date(LocalDate.parse(s));
            } catch (DateTimeParseException e) {
                return s.toString();
            }
        }
        return "";
    }

    /**
     * The value of a date input: {@code 10/06/2021} for a date, a text as it was typed (a form shown
     * again with its problems), "" for null.
     */
    public String dateInput(Object value) {
        if (value instanceof LocalDate d) {
            return vn.doingoai.common.DateInput.print(d);
        }
        if (value instanceof CharSequence s && !s.isEmpty()) {
            try {
                return vn.doingoai.common.DateInput.print(vn.doingoai.common.DateInput.parse(s.toString()));
            } catch (IllegalArgumentException e) {
                return s.toString(); // as it was typed, shown again beside its problem
            }
        }
        return value == null ? "" : value.toString();
    }

    /** {@code 01/03/2021 – 05/03/2021}, or the first day alone. */
    public String dates(Object from, Object to) {
        String end = date(to);
        return end.isEmpty() || end.equals(date(from)) ? date(from) : date(from) + " – " + end;
    }

    public String number(Object value) {
        return number(value, 2);
    }

    public String number(Object value, int maxDecimals) {
        BigDecimal n = decimal(value);
        return n == null ? "" : formats.number(n, maxDecimals, locale());
    }

    public String percent(Object value) {
        BigDecimal n = decimal(value);
        return n == null ? "" : formats.percent(n, locale());
    }

    /** An amount with its currency: {@code 72,5 triệu USD}. */
    public String amount(Object money) {
        return formats.amountOf(money) != null ? formats.amount(money, locale()) : number(money);
    }

    public String amount(Object value, String currency) {
        BigDecimal n = decimal(value);
        return n == null ? "" : formats.amount(n, currency, locale());
    }

    /** VND: {@code 23 tỷ 338 triệu đồng}, {@code 23.34 billion VND} in English. */
    public String dong(Object value) {
        BigDecimal n = decimal(value);
        return n == null ? "" : formats.dong(n, locale());
    }

    /** The number of an amount of money, or null. */
    public BigDecimal amountOf(Object money) {
        return formats.amountOf(money);
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
