package vn.doingoai.overseas;

import org.springframework.stereotype.Component;
import vn.doingoai.history.HistoryReadRight;
import vn.doingoai.user.Access;

/** The history of donations ({@code /api/v1/overseas-donations/{id}/history}) is read with their unit's read right. */
@Component
class OverseasDonationHistory extends HistoryReadRight {

    OverseasDonationHistory(Access access) {
        super("overseas-donations", "overseasDonation", access::checkRead);
    }
}
