package vn.doingoai.publicsite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.doingoai.common.Countries;
import vn.doingoai.money.VietnameseFormat;

/**
 * Numbers, amounts, dates and countries as the public pages write them: the Vietnamese way on the
 * Vietnamese pages ({@code 158,06 triệu USD}, {@code 1.234}), the English way on the English ones
 * ({@code 158.06 million USD}, {@code 1,234}); dates {@code dd/MM/yyyy}. Public for the templates.
 */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private final boolean english;
    private final Locale locale;

    Formats(String lang) {
        this.english = "en".equals(lang);
        this.locale = english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "0";
        }
        return english
                ? new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value)
                : VietnameseFormat.number(value);
    }

    /** An amount in USD in words: {@code 158,06 triệu USD} / {@code 158.06 million USD}. */
    public String usd(BigDecimal value) {
        if (value == null) {
            value = BigDecimal.ZERO;
        }
        if (!english) {
            return VietnameseFormat.amount(value, "USD");
        }
        if (value.abs().compareTo(BILLION) >= 0) {
            return number(value.divide(BILLION, 2, RoundingMode.HALF_UP)) + " billion USD";
        }
        if (value.abs().compareTo(MILLION) >= 0) {
            return number(value.divide(MILLION, 2, RoundingMode.HALF_UP)) + " million USD";
        }
        return number(value) + " USD";
    }

    public String country(String code) {
        return code == null ? "" : Countries.name(code, locale);
    }
}
