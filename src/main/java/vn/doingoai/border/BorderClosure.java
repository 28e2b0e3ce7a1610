package vn.doingoai.border;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;

/**
 * A time a gate was closed (dừng hoạt động): {@code {"from": "2020-02-01", "to": null, "reason":
 * "..."}}, both days included; {@code to} null while it is still closed.
 */
@Embeddable
public record BorderClosure(
        @Column(name = "closed_from", nullable = false) @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                LocalDate from,
        @Column(name = "closed_to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Column(name = "reason", length = 1000) @PlainText(max = 1000) String reason) {

    /** Whether the gate was closed on that day. */
    public boolean covers(LocalDate day) {
        return from != null && !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    boolean isBlank() {
        return from == null && to == null && (reason == null || reason.isBlank());
    }
}
