package vn.doingoai.border;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the gates' list: unit (with the units under it and merged into it), text, kind,
 * country, and {@code openOn}: the gates open on that day (none of their closures covers it).
 */
record BorderGateFilter(
        String unit,
        String q,
        GateKind kind,
        String country,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openOn) {}
