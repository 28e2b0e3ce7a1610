package vn.doingoai.partner;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of partners ({@code /api/v1/partners/{id}/history}) is read with their unit's read right. */
@Component
class PartnerHistory extends HistoryReadRight {

    PartnerHistory(Access access) {
        super("partners", "partner", access::checkRead);
    }
}
