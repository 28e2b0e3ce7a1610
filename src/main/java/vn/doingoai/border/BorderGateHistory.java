package vn.doingoai.border;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** {@code GET /api/v1/border-gates/{id}/history}, with the read right of the gate's unit. */
@Component
class BorderGateHistory extends HistoryReadRight {

    BorderGateHistory(Access access) {
        super("border-gates", "borderGate", access::checkRead);
    }
}
