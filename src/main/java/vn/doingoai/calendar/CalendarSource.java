package vn.doingoai.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import vn.doingoai.unit.UnitScope;

/**
 * One module's entries in the calendar. A module whose records are simply listed declares its
 * entries as a bean made by {@link #of}: {@code CalendarSource.of(events::inScope, e -> new CalendarEntry(...))}.
 */
public interface CalendarSource {

    List<CalendarEntry> entries(UnitScope scope);

    /**
     * @param records the module's records of the calendar's units
     * @param entry one record as an entry
     */
    static <R> CalendarSource of(
            Function<UnitScope, ? extends Collection<R>> records, Function<? super R, CalendarEntry> entry) {
        return scope -> records.apply(scope).stream().<CalendarEntry>map(entry).toList();
    }

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
            String link) {

        /** The uid of a module's record: {@code uid("delegation", 1234)} is {@code delegation-1234@doingoai}. */
        public static String uid(String type, Long id) {
            return type + "-" + id + "@doingoai";
        }
    }
}
