package vn.doingoai.indicator;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/indicator-values}, by indicator, unit, period and kind. */
@RestController
@RequestMapping("/api/v1/indicator-values")
class IndicatorValueApiController extends RecordApi<IndicatorValueData, IndicatorValueFilter> {

    IndicatorValueApiController(IndicatorValueBook values) {
        super(values, Sort.by("indicatorCode", "unitCode", "periodFrom", "periodTo", "kind"));
    }
}
