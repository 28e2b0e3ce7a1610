package vn.doingoai.border;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;

/**
 * A friendship pair in the shape of the dataset document and the API: {@code {"ref": "f1", "unit":
 * "02", "partner": "p8", "establishedOn": "2021-10-01", "endedOn": null}}, with {@code notes}. The
 * unit is a commune (or any unit) of a border province; {@code partner} is the ref (on input also
 * the id) of a {@code FOREIGN_LOCALITY}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FriendshipPairData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @RefersTo("partners") @NotBlank @PlainText(max = 200) String partner,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
        @PlainText(max = 4000) String notes)
        implements RecordData {

    /** Whether the pair holds on a day: established by then and not ended by then. */
    public boolean activeOn(LocalDate day) {
        return establishedOn != null && !establishedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    static FriendshipPairData of(FriendshipPair p, String partnerRef, boolean withIdentity) {
        return new FriendshipPairData(
                withIdentity ? p.getId() : null,
                withIdentity ? p.getVersion() : null,
                p.getRef(),
                p.getUnitCode(),
                partnerRef,
                p.getEstablishedOn(),
                p.getEndedOn(),
                p.getNotes());
    }
}
