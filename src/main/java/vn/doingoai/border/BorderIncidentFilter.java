package vn.doingoai.border;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the incidents' list: unit, text, gate (its id or ref), date from–to, and {@code
 * resolvedBy}: those resolved on or before that day ({@code open=true}: those not resolved).
 */
record BorderIncidentFilter(
        String unit,
        String q,
        String gate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resolvedBy,
        Boolean open) {}
