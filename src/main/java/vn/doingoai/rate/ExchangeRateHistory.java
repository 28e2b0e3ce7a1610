package vn.doingoai.rate;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of exchange rates ({@code /api/v1/exchange-rates/{id}/history}) is read with their unit's read right. */
@Component
class ExchangeRateHistory extends HistoryReadRight {

    ExchangeRateHistory(Access access) {
        super("exchange-rates", "exchangeRate", access::checkRead);
    }
}
