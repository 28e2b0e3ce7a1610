package vn.doingoai.partner;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/partners}, by name. */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerApiController extends RecordApi<PartnerData, PartnerFilter> {

    PartnerApiController(PartnerBook partners) {
        super(partners, Sort.by("name", "id"));
    }
}
