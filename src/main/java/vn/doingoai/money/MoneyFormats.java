package vn.doingoai.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Formats;

/** {@link Formats} by {@link VietnameseFormat}: the one way numbers and amounts are written. */
@Component
class MoneyFormats implements Formats {

    @Override
    public String number(BigDecimal value, int maxDecimals, Locale locale) {
        return VietnameseFormat.number(value, maxDecimals, locale);
    }

    @Override
    public String percent(BigDecimal value, Locale locale) {
        return VietnameseFormat.percent(value, locale);
    }

    @Override
    public String amount(Object money, Locale locale) {
        return money instanceof Money m ? VietnameseFormat.amount(m, locale) : "";
    }

    @Override
    public String amount(BigDecimal value, String currency, Locale locale) {
        return VietnameseFormat.amount(value, currency, locale);
    }

    @Override
    public String dong(BigDecimal value, Locale locale) {
        return VietnameseFormat.dong(value, locale);
    }

    @Override
    public String date(LocalDate date) {
        return VietnameseFormat.date(date);
    }

    @Override
    public BigDecimal amountOf(Object money) {
        return money instanceof Money m ? m.amount() : null;
    }
}
