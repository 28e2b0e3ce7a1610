package vn.doingoai.investment;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/investments}, by registration. */
@RestController
@RequestMapping("/api/v1/investments")
class InvestmentApiController extends RecordApi<InvestmentData, InvestmentFilter> {

    InvestmentApiController(InvestmentBook investments) {
        super(investments, Sort.by("registeredOn", "id"));
    }
}
