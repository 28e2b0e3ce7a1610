package vn.doingoai.direction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.calendar.CalendarSource;
import vn.doingoai.calendar.CalendarSource.CalendarEntry;
import vn.doingoai.unit.UnitNames;

/** The deadlines of the tasks assigned to the calendar's units, as all-day entries on their due day. */
@Configuration(proxyBeanMethods = false)
class TaskCalendar {

    @Bean
    CalendarSource taskDeadlines(Tasks tasks, UnitNames unitNames) {
        return CalendarSource.of(
                tasks::all,
                t -> new CalendarEntry(
                        CalendarEntry.uid("task", t.id()),
                        "Hạn: " + t.title(),
                        unitNames.label(t.assignee())
                                + (t.document() == null
                                        ? ""
                                        : " · " + t.document().number() + " · "
                                                + t.document().title()),
                        t.dueOn(),
                        t.dueOn(),
                        null,
                        "/tasks?state=ALL&unit=" + t.assignee()));
    }
}
