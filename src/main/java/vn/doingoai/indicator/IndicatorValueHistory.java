package vn.doingoai.indicator;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of indicator values ({@code /api/v1/indicator-values/{id}/history}) is read with their unit's read right. */
@Component
class IndicatorValueHistory extends HistoryReadRight {

    IndicatorValueHistory(Access access) {
        super("indicator-values", "indicatorValue", access::checkRead);
    }
}
