package vn.doingoai.consular;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.doingoai.common.PlainText;

/** One step taken in a protection case: when, and what was done. */
@Embeddable
public record ProtectionStep(
        @Column(name = "step_date") LocalDate date,
        @Column(name = "action", length = 2000) @PlainText(max = 2000) String action) {

    boolean isBlank() {
        return date == null && (action == null || action.isBlank());
    }
}
