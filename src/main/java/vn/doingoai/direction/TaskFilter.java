package vn.doingoai.direction;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the task list: the assignee's unit (with the units under it; a code or a name), a
 * text matched without regard to case or diacritics (the task's title and its document's number),
 * the state, the due date from–to, and {@code on}, the day "overdue" is judged on (today when not
 * given): a task due on or before it and not done by then, as the figure {@code tasks.overdue}
 * counts it.
 */
record TaskFilter(
        String unit,
        String q,
        TaskState state,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

    TaskState stateOrOpen() {
        return state == null ? TaskState.OPEN : state;
    }

    /** No filter but the state. */
    static TaskFilter of(TaskState state) {
        return new TaskFilter(null, null, state, null, null, null);
    }
}
