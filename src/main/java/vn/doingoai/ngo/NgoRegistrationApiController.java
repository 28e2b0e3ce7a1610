package vn.doingoai.ngo;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/ngo-registrations}, latest validity first. */
@RestController
@RequestMapping("/api/v1/ngo-registrations")
class NgoRegistrationApiController extends RecordApi<NgoRegistrationData, NgoRegistrationFilter> {

    NgoRegistrationApiController(NgoRegistrationBook registrations) {
        super(registrations, Sort.by(Sort.Direction.DESC, "validFrom", "id"));
    }
}
