package vn.doingoai.border;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the pairs' list: unit (a province with its communes), text, partner, and {@code
 * activeOn}: the pairs established by that day and not ended by then.
 */
record FriendshipPairFilter(
        String unit, String q, String partner, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn) {}
