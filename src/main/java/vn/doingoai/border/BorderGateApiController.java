package vn.doingoai.border;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/border-gates}, the latest recorded first. */
@RestController
@RequestMapping("/api/v1/border-gates")
class BorderGateApiController extends RecordApi<BorderGateData, BorderGateFilter> {

    BorderGateApiController(BorderGateBook gates) {
        super(gates, Sort.by(Sort.Direction.DESC, "id"));
    }
}
