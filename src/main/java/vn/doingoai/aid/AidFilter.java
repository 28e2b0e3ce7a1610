package vn.doingoai.aid;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of the aid list: unit, text, kind, sector, donor, and the items whose dates overlap from–to. */
record AidFilter(
        String unit,
        String q,
        AidKind kind,
        String sector,
        String donor,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Boolean firstCommitment) {

    /** The items whose first commitment falls from {@code from} to {@code to} (aid.items.new). */
    public boolean newOnly() {
        return Boolean.TRUE.equals(firstCommitment);
    }
}
