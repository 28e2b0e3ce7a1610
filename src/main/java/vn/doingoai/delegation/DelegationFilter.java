package vn.doingoai.delegation;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the delegation list: unit (with the units under it), text, direction, status,
 * country, start date from–to, and {@code counted} (approved or done: what the reports count).
 */
record DelegationFilter(
        String unit,
        String q,
        DelegationDirection direction,
        DelegationStatus status,
        String country,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Boolean counted) {

    static DelegationFilter none() {
        return new DelegationFilter(null, null, null, null, null, null, null, null);
    }
}
