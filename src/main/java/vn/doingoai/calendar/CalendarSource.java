package vn.doingoai.calendar;

import java.time.LocalDate;
import java.util.List;
import vn.doingoai.unit.UnitScope;

/** One module's entries in the calendar. */
public interface CalendarSource {

    List<CalendarEntry> entries(UnitScope scope);

    /**
     * An all-day entry.
     *
     * @param uid stable and unique: {@code delegation-1234@doingoai}
     * @param start the first day
     * @param end the last day (inclusive)
     * @param link the record's page (a path such as {@code /delegations/1234})
     */
    record CalendarEntry(
            String uid,
            String summary,
            String description,
            LocalDate start,
            LocalDate end,
            String location,
            String link) {}
}
