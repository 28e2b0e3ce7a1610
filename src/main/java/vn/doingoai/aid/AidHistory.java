package vn.doingoai.aid;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of aid items ({@code /api/v1/aid/{id}/history}) is read with their unit's read right. */
@Component
class AidHistory extends HistoryReadRight {

    AidHistory(Access access) {
        super("aid", "aid", access::checkRead);
    }
}
