package vn.doingoai.agreement;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the agreement list: unit (with the units under it), text, level, status, in
 * force on a day ({@code on}, today when not given), signed from–to.
 */
record AgreementFilter(
        String unit,
        String q,
        AgreementLevel level,
        AgreementStatus status,
        Boolean inForce,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null, null, null, null, null);
    }
}
