package vn.doingoai.direction;

import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * {@code documents.issued} (policy documents issued in the period), and of the tasks assigned to the
 * units: {@code tasks.due} (due in the period), {@code tasks.doneOnTime} (of those, done on or
 * before their due day) and {@code tasks.overdue} (due on or before the period's last day and not
 * done by then), counted by the database. Tasks count for the unit they are assigned to.
 */
@Component
class DocumentFigures implements FigureSource {

    static final String ISSUED = "documents.issued";
    static final String DUE = "tasks.due";
    static final String DONE_ON_TIME = "tasks.doneOnTime";
    static final String OVERDUE = "tasks.overdue";

    /** A task done on time: done, on or before its due day. */
    static final String ON_TIME = "t.done_on is not null and t.done_on <= t.due_on";

    private final NamedParameterJdbcTemplate jdbc;

    DocumentFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Overdue at the end of period {@code i}: due by its last day and not done by then. */
    static String overdue(int i) {
        String end = FigureQuery.end(i);
        return "t.due_on <= " + end + " and (t.done_on is null or t.done_on > " + end + ")";
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        int n = query.size();
        long[][] counts = new long[query.cells()][4]; // issued, due, done on time, overdue
        jdbc.query(
                "select count(*)" + query.sumsIn("d.issued_on", "1") + query.unitColumn("d.unit_code")
                        + " from policy_document d where " + query.scope("d.unit_code")
                        + " and d.issued_on between :from and :to" + query.groupByUnit("d.unit_code"),
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        counts[query.cell(g, i)][0] += rs.getLong(2 + i);
                    }
                });
        jdbc.query(
                "select count(*)" + query.sumsIn("t.due_on", "1")
                        + query.sums(i -> FigureQuery.in("t.due_on", i) + " and " + ON_TIME, "1")
                        + query.sums(DocumentFigures::overdue, "1") + query.unitColumn("t.assignee")
                        + " from document_task t where " + query.scope("t.assignee") + " and t.due_on <= :to"
                        + query.groupByUnit("t.assignee"),
                query.sqlParameters(),
                rs -> {
                    int g = query.group(rs);
                    for (int i = 0; i < n; i++) {
                        long[] cell = counts[query.cell(g, i)];
                        cell[1] += rs.getLong(2 + i);
                        cell[2] += rs.getLong(2 + n + i);
                        cell[3] += rs.getLong(2 + 2 * n + i);
                    }
                });
        for (int c = 0; c < query.cells(); c++) {
            String tasks = "/tasks?" + query.listParams(c);
            Figures f = figures.get(c);
            f.put(ISSUED, counts[c][0], "DOCUMENTS", "/documents?" + query.listParams(c));
            f.put(DUE, counts[c][1], "TASKS", tasks + "&state=ALL");
            f.put(DONE_ON_TIME, counts[c][2], "TASKS", tasks + "&state=DONE_ON_TIME");
            f.put(
                    OVERDUE,
                    counts[c][3],
                    "TASKS",
                    "/tasks?unit=" + query.unitOf(c) + "&state=OVERDUE&on="
                            + query.periodOf(c).to());
        }
    }
}
