package vn.doingoai.direction;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of trainings ({@code /api/v1/trainings/{id}/history}), read with their unit's read right. */
@Component
class TrainingHistory extends HistoryReadRight {

    TrainingHistory(Access access) {
        super("trainings", "training", access::checkRead);
    }
}
