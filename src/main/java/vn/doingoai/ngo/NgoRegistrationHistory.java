package vn.doingoai.ngo;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of registrations ({@code /api/v1/ngo-registrations/{id}/history}) is read with their unit's read right. */
@Component
class NgoRegistrationHistory extends HistoryReadRight {

    NgoRegistrationHistory(Access access) {
        super("ngo-registrations", "ngoRegistration", access::checkRead);
    }
}
