package vn.doingoai.direction;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the training list: unit (with the units under it), text, start date from–to. */
record TrainingFilter(
        String unit,
        String q,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
