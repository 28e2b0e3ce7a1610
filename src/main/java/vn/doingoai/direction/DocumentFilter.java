package vn.doingoai.direction;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the document list: unit (with the units under it), text, kind, date of issue from–to. */
record DocumentFilter(
        String unit,
        String q,
        DocumentKind kind,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
