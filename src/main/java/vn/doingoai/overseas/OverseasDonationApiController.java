package vn.doingoai.overseas;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/overseas-donations}, latest received first. */
@RestController
@RequestMapping("/api/v1/overseas-donations")
class OverseasDonationApiController extends RecordApi<OverseasDonationData, OverseasDonationFilter> {

    OverseasDonationApiController(OverseasDonationBook donations) {
        super(donations, Sort.by(Sort.Direction.DESC, "receivedOn", "id"));
    }
}
