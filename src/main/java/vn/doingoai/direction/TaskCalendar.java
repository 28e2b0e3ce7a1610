package vn.doingoai.direction;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.calendar.CalendarSource;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;

/** The deadlines of the tasks assigned to the calendar's units, as all-day entries on their due day. */
@Component
class TaskCalendar implements CalendarSource {

    private final Tasks tasks;
    private final UnitNames unitNames;

    TaskCalendar(Tasks tasks, UnitNames unitNames) {
        this.tasks = tasks;
        this.unitNames = unitNames;
    }

    @Override
    public List<CalendarEntry> entries(UnitScope scope) {
        return tasks.all(scope).stream()
                .map(t -> new CalendarEntry(
                        "task-" + t.id() + "@doingoai",
                        "Hạn: " + t.title(),
                        unitNames.label(t.assignee())
                                + (t.document() == null
                                        ? ""
                                        : " · " + t.document().number() + " · "
                                                + t.document().title()),
                        t.dueOn(),
                        t.dueOn(),
                        null,
                        "/tasks?state=ALL&unit=" + t.assignee()))
                .toList();
    }
}
