package vn.doingoai.direction;

/**
 * Which tasks a list shows: open ones (the default), overdue ones, those due within {@link
 * Tasks#SOON_DAYS} days, done ones, those done on time, or all of them.
 */
enum TaskState {
    OPEN,
    OVERDUE,
    DUE_SOON,
    DONE,
    DONE_ON_TIME,
    ALL
}
