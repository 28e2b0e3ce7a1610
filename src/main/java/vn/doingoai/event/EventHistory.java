package vn.doingoai.event;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of events ({@code /api/v1/events/{id}/history}) is read with their unit's read right. */
@Component
class EventHistory extends HistoryReadRight {

    EventHistory(Access access) {
        super("events", "event", access::checkRead);
    }
}
