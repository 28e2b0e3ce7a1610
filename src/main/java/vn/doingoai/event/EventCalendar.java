package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.calendar.CalendarSource;
import vn.doingoai.unit.UnitScope;

/** The unit's events in its calendar, as all-day entries. */
@Component
class EventCalendar implements CalendarSource {

    private final EventBook events;

    EventCalendar(EventBook events) {
        this.events = events;
    }

    @Override
    public List<CalendarEntry> entries(UnitScope scope) {
        return events.inScope(scope).stream()
                .map(e -> new CalendarEntry(
                        "event-" + e.id() + "@doingoai",
                        e.title(),
                        e.description(),
                        e.startDate(),
                        e.endDate() == null ? e.startDate() : e.endDate(),
                        e.place(),
                        "/events/" + e.id()))
                .toList();
    }
}
