package vn.doingoai.consular;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the consular lists: unit (with the units under it), text, the record's date
 * (decided, paid, started, opened) from–to, country, and status (protection cases).
 */
record ConsularFilter(
        String unit,
        String q,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String country,
        String status) {

    static ConsularFilter none() {
        return new ConsularFilter(null, null, null, null, null, null);
    }
}
