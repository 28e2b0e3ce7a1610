package vn.doingoai.direction;

import java.util.List;
import java.util.stream.Collectors;
import vn.doingoai.web.Column;
import vn.doingoai.web.ListColumns;

/** The task list's one declaration: the columns of its Excel export (the page shows each task as a card). */
final class TaskColumns {

    static final ListColumns<TaskView> LIST = ListColumns.of(
            "task.mine",
            "/tasks",
            "nhiem-vu.xlsx",
            t -> t.documentReadable() ? t.document().link() : null,
            List.of(
                    Column.text(
                            "task.document",
                            null,
                            t -> t.document() == null ? null : t.document().number()),
                    Column.text("task.title", "title", TaskView::title),
                    new Column<TaskView>(
                            "task.assignee",
                            "assignee",
                            Column.Kind.UNIT,
                            TaskView::assignee,
                            null,
                            2,
                            Column.Shown.BOTH),
                    Column.date("task.dueOn", "dueOn", TaskView::dueOn),
                    Column.date("task.doneOn", "doneOn", TaskView::doneOn),
                    Column.label("task.status", null, "task.status", TaskView::status),
                    Column.text("task.notes", null, t -> t.notes().stream()
                            .map(n -> vn.doingoai.common.DateInput.print(n.date()) + " · " + n.text())
                            .collect(Collectors.joining("\n"))),
                    Column.ref(TaskView::ref)));

    private TaskColumns() {}
}
