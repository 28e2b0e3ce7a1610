package vn.doingoai.delegation;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;

/** The approval or rejection of a delegation, from the API's body or the page's form, with the version read. */
record DelegationDecision(
        @PlainText(max = 100) String decisionNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
        Long version) {

    static final DelegationDecision NONE = new DelegationDecision(null, null, null);
}
