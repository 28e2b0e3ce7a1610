package vn.doingoai.event;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the event list: unit (with the units under it), text, type, format, role, start
 * date from–to, the country of a bridge point; the format as {@code eventFormat} on the pages
 * ({@code format=xlsx} asks for the Excel export there); {@code hosting} (hosted or co-hosted, or attended)
 * and {@code online} (online or hybrid, or in person) as the figures count them.
 */
record EventFilter(
        String unit,
        String q,
        EventType type,
        EventFormat eventFormat,
        EventRole role,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String country,
        Boolean hosting,
        Boolean online) {

    static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
