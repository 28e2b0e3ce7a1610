package vn.doingoai.report;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of report drafts ({@code /api/v1/report-drafts/{id}/history}), read with their unit's read right. */
@Component
class ReportDraftHistory extends HistoryReadRight {

    ReportDraftHistory(Access access) {
        super("report-drafts", "report-draft", access::checkRead);
    }
}
