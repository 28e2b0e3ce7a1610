/**
 * The unit's calendar as iCalendar ({@code GET /api/v1/calendar.ics?unit=CODE}): record modules
 * (delegations, events) contribute their entries by implementing {@link
 * vn.doingoai.calendar.CalendarSource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"unit", "user"})
package vn.doingoai.calendar;
