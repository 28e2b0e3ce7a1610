package vn.doingoai.direction;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as its assignee sees it ({@code GET /api/v1/tasks}, the page "Việc của tôi"): the task, the
 * document that assigns it, whether it is overdue (open and due before today) or due within {@link
 * Tasks#SOON_DAYS} days, whether the current user may report on it, and whether they may open the
 * document's page (an agency's contributor sees the task and the document's name, not its page).
 */
public record TaskView(
        Long id,
        String ref,
        DocumentRef document,
        String assignee,
        String title,
        LocalDate dueOn,
        LocalDate doneOn,
        List<ProgressNote> notes,
        boolean overdue,
        boolean dueSoon,
        boolean mayReport,
        boolean documentReadable) {

    /** Where it stands, for the list's export: {@code OVERDUE}, {@code DUE_SOON}, {@code OPEN}, {@code DONE}, {@code DONE_LATE}. */
    public String status() {
        if (doneOn != null) {
            return doneOn.isAfter(dueOn) ? "DONE_LATE" : "DONE";
        }
        return overdue ? "OVERDUE" : dueSoon ? "DUE_SOON" : "OPEN";
    }
}
