package vn.doingoai.overseas;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the donations' list: unit, text, donor (a partner's id or ref), received from–to, currency. */
record OverseasDonationFilter(
        String unit,
        String q,
        String donor,
        String currency,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}
