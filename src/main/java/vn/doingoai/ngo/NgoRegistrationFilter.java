package vn.doingoai.ngo;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the registrations' list: unit (with the units under it and merged into it), text,
 * kind, NGO (a partner's id or ref), {@code validOn} (valid on that day), {@code expiresBy} (valid
 * to no later than that day), and {@code from}–{@code to} (valid at some time in those days).
 */
record NgoRegistrationFilter(
        String unit,
        String q,
        RegistrationKind kind,
        String ngo,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresBy,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static NgoRegistrationFilter none() {
        return new NgoRegistrationFilter(null, null, null, null, null, null, null, null);
    }
}
