package vn.doingoai.rate;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/exchange-rates}: by currency, the newest rate first. */
@RestController
@RequestMapping("/api/v1/exchange-rates")
class ExchangeRateApiController extends RecordApi<ExchangeRateData, ExchangeRateFilter> {

    ExchangeRateApiController(ExchangeRates rates) {
        super(rates, Sort.unsorted());
    }
}
