package vn.doingoai.investment;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of investments ({@code /api/v1/investments/{id}/history}) is read with their unit's read right. */
@Component
class InvestmentHistory extends HistoryReadRight {

    InvestmentHistory(Access access) {
        super("investments", "investment", access::checkRead);
    }
}
