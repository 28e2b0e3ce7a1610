package vn.doingoai.aid;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The approval or rejection of an aid item, from the API's body or the page's form: the decision's number and date, with the version read. */
record AidDecision(
        @Size(max = 200) String approvalNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvalDate,
        Long version) {

    static final AidDecision NONE = new AidDecision(null, null, null);
}
