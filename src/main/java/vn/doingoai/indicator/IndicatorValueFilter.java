package vn.doingoai.indicator;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the value list: unit (with the units under it), text, indicator, year, kind, and
 * dates: values whose period lies within {@code from}–{@code to}.
 */
record IndicatorValueFilter(
        String unit,
        String q,
        String indicator,
        Integer year,
        ValueKind kind,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static IndicatorValueFilter none() {
        return new IndicatorValueFilter(null, null, null, null, null, null, null);
    }
}
