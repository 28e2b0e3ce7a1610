package vn.doingoai.direction;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of policy documents ({@code /api/v1/documents/{id}/history}), read with their unit's read right. */
@Component
class DocumentHistory extends HistoryReadRight {

    DocumentHistory(Access access) {
        super("documents", "document", access::checkRead);
    }
}
