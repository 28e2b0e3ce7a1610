package vn.doingoai.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import vn.doingoai.common.Numbers;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.Versioned;

/**
 * An indicator value in the shape of the dataset document and the API: {@code {"indicator":
 * "trade.export", "unit": "19", "period": "2021-9M", "kind": "ACTUAL", "value": 21310000000}}. It
 * has no ref: it is matched by indicator, unit, the period's dates and kind. {@code period} is a
 * period code; {@code 2021-6M} is read as {@code 2021-H1}, the same dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorValueData(
        Long id,
        Long version,
        @NotBlank @PlainText(max = 100) String indicator,
        @NotBlank @PlainText(max = 40) String unit,
        @NotBlank @PlainText(max = 40) String period,
        @NotNull ValueKind kind,
        @NotNull @Digits(integer = 24, fraction = 6) BigDecimal value,
        @PlainText(max = 2000) String note)
        implements Versioned {

    static IndicatorValueData of(IndicatorValue v, boolean withIdentity) {
        return new IndicatorValueData(
                withIdentity ? v.getId() : null,
                withIdentity ? v.getVersion() : null,
                v.getIndicatorCode(),
                v.getUnitCode(),
                v.getPeriodCode(),
                v.getKind(),
                Numbers.plain(v.getValue()),
                v.getNote());
    }
}
