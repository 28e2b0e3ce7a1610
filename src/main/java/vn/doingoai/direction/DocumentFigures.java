package vn.doingoai.direction;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureTally;
import vn.doingoai.report.Figures;
import vn.doingoai.report.SqlFigureSource;

/**
 * {@code documents.issued} (policy documents issued in the period), and of the tasks assigned to the
 * units: {@code tasks.due} (due in the period), {@code tasks.doneOnTime} (of those, done on or
 * before their due day) and {@code tasks.overdue} (due on or before the period's last day and not
 * done by then), counted by the database. Tasks count for the unit they are assigned to.
 */
@Component
class DocumentFigures extends SqlFigureSource {

    static final String ISSUED = "documents.issued";
    static final String DUE = "tasks.due";
    static final String DONE_ON_TIME = "tasks.doneOnTime";
    static final String OVERDUE = "tasks.overdue";

    /** A task done on time: done, on or before its due day. */
    static final String ON_TIME = "t.done_on is not null and t.done_on <= t.due_on";

    /** Overdue at the end of period {@code i}: due by its last day and not done by then. */
    static String overdue(int i) {
        String end = FigureQuery.end(i);
        return "t.due_on <= " + end + " and (t.done_on is null or t.done_on > " + end + ")";
    }

    @Override
    protected void count(FigureQuery query, FigureTally tally, List<Figures> figures) {
        countDated(query, tally, ISSUED, "policy_document d", "d.issued_on");
        query.select("document_task t", "t.assignee")
                .sumIn("due", "t.due_on", "1")
                .sum("on_time", i -> FigureQuery.in("t.due_on", i) + " and " + ON_TIME, "1")
                .sum("overdue", DocumentFigures::overdue, "1")
                .where("t.due_on <= :to")
                .read(jdbc, row -> {
                    tally.add(row, DUE, row.count("due"));
                    tally.add(row, DONE_ON_TIME, row.count("on_time"));
                    tally.add(row, OVERDUE, row.count("overdue"));
                });
        tally.put(figures, ISSUED, "DOCUMENTS", c -> "/documents?" + query.listParams(c));
        tally.put(figures, DUE, "TASKS", c -> "/tasks?" + query.listParams(c) + "&state=ALL");
        tally.put(figures, DONE_ON_TIME, "TASKS", c -> "/tasks?" + query.listParams(c) + "&state=DONE_ON_TIME");
        tally.put(
                figures,
                OVERDUE,
                "TASKS",
                c -> "/tasks?unit=" + query.unitOf(c) + "&state=OVERDUE&on="
                        + query.periodOf(c).to());
    }
}
