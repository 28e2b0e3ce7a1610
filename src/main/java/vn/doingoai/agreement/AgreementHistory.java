package vn.doingoai.agreement;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of agreements ({@code /api/v1/agreements/{id}/history}) is read with their unit's read right. */
@Component
class AgreementHistory extends HistoryReadRight {

    AgreementHistory(Access access) {
        super("agreements", "agreement", access::checkRead);
    }
}
