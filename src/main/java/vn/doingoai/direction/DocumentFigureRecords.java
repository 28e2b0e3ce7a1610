package vn.doingoai.direction;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.SqlFigureRecords;

/**
 * The documents behind {@code documents.issued} and the tasks behind {@code tasks.due}, {@code
 * tasks.doneOnTime} and {@code tasks.overdue}, with the conditions of {@link DocumentFigures}.
 */
@Component
class DocumentFigureRecords extends SqlFigureRecords {

    DocumentFigureRecords() {
        super(List.of(
                DocumentFigures.ISSUED, DocumentFigures.DUE, DocumentFigures.DONE_ON_TIME, DocumentFigures.OVERDUE));
    }

    @Override
    public Drill records(String key, FigureQuery query) {
        if (key.equals(DocumentFigures.ISSUED)) {
            var lines = counted(
                    "/documents/",
                    "select d.id, d.number || ' · ' || d.title, d.issued_on, d.unit_code from policy_document d where "
                            + query.scope("d.unit_code") + " and " + FigureQuery.in("d.issued_on", 0)
                            + " order by d.issued_on, d.id",
                    query.sqlParameters());
            return Drill.sum("DOCUMENTS", lines);
        }
        String condition =
                switch (key) {
                    case DocumentFigures.DUE -> FigureQuery.in("t.due_on", 0);
                    case DocumentFigures.DONE_ON_TIME -> FigureQuery.in("t.due_on", 0) + " and "
                            + DocumentFigures.ON_TIME;
                    default -> DocumentFigures.overdue(0);
                };
        var lines = counted(
                "/documents/",
                "select d.id, t.title || ' (' || d.number || ')', t.due_on, t.assignee from document_task t"
                        + " join policy_document d on d.id = t.document_id where " + query.scope("t.assignee")
                        + " and " + condition + " order by t.due_on, t.id",
                query.sqlParameters());
        return Drill.sum("TASKS", lines);
    }
}
