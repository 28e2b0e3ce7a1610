package vn.doingoai.agreement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The approval of an agreement's signing, from the API's body or the page's form: the decision,
 * and the day of signing when the agreement has none, with the version read (409 when stale).
 */
record AgreementDecision(
        @Size(max = 100) String decisionNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
        Long version) {}
