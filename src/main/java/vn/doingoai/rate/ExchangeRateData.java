package vn.doingoai.rate;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.doingoai.common.PlainText;

/**
 * An exchange rate in the shape of the dataset document and the API: {@code {"currency": "VND",
 * "from": "2021-01-01", "perUsd": 23000}}: {@code perUsd} units of the currency buy one USD from
 * {@code from} until the next rate of that currency. Rates have no ref: currency and date name one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangeRateData(
        Long id,
        Long version,
        @NotBlank @Size(min = 3, max = 3) @PlainText(max = 3) String currency,
        @NotNull LocalDate from,
        @NotNull @Positive @Digits(integer = 16, fraction = 8) BigDecimal perUsd) {

    static ExchangeRateData of(ExchangeRate rate, boolean withIdentity) {
        return new ExchangeRateData(
                withIdentity ? rate.getId() : null,
                withIdentity ? rate.getVersion() : null,
                rate.getCurrency(),
                rate.getValidFrom(),
                rate.getPerUsd() == null ? null : rate.getPerUsd().stripTrailingZeros());
    }
}
