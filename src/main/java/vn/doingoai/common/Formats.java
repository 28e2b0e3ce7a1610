package vn.doingoai.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Numbers, amounts and dates in words, in a page's language: what the layers that show records
 * (the list pages, the history) ask of the one formatter of the {@code money} kernel
 * ({@code VietnameseFormat}), which implements this, so that they need not import it.
 */
public interface Formats {

    /** {@code 1.234,5} (Vietnamese), {@code 1,234.5} (English). */
    String number(BigDecimal value, int maxDecimals, Locale locale);

    /** {@code 7,3%}. */
    String percent(BigDecimal value, Locale locale);

    /** An amount of money ({@code Money}) with its currency: {@code 72,5 triệu USD}; "" for anything else. */
    String amount(Object money, Locale locale);

    /** {@code 72,5 triệu USD}, {@code 72.5 million USD}. */
    String amount(BigDecimal value, String currency, Locale locale);

    /** VND: {@code 23 tỷ 338 triệu đồng}, {@code 23.34 billion VND}. */
    String dong(BigDecimal value, Locale locale);

    /** {@code 10/06/2021}. */
    String date(LocalDate date);

    /** The number of an amount of money ({@code Money}), or null for anything else. */
    BigDecimal amountOf(Object money);
}
