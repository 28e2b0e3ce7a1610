package vn.doingoai.letter;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the letters' list: unit, text, direction, occasion, partner, date from–to. */
record LetterFilter(
        String unit,
        String q,
        LetterDirection direction,
        LetterOccasion occasion,
        String partner,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
