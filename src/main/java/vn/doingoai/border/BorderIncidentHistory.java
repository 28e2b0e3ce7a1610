package vn.doingoai.border;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** {@code GET /api/v1/border-incidents/{id}/history}, with the read right of the incident's unit. */
@Component
class BorderIncidentHistory extends HistoryReadRight {

    BorderIncidentHistory(Access access) {
        super("border-incidents", "borderIncident", access::checkRead);
    }
}
