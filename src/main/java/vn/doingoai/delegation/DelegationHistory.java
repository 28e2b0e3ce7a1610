package vn.doingoai.delegation;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of delegations ({@code /api/v1/delegations/{id}/history}) is read with their unit's read right. */
@Component
class DelegationHistory extends HistoryReadRight {

    DelegationHistory(Access access) {
        super("delegations", "delegation", access::checkRead);
    }
}
