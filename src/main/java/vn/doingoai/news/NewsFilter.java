package vn.doingoai.news;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the news list: unit (with the units under it), text, language, status, published from–to. */
record NewsFilter(
        String unit,
        String q,
        String language,
        NewsStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
