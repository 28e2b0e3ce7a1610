package vn.doingoai.ngo;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;

/**
 * A registration in the shape of the dataset document and the API: {@code {"ref": "r1", "unit":
 * "19", "ngo": "p5", "kind": "OPERATION", "number": "...", "validFrom": "2019-03-01", "validTo":
 * "2024-02-29"}}, with {@code area} (the area of work) and {@code notes}; {@code ngo} is the ref (on
 * input also the id) of the partner, usually a {@code FOREIGN_NGO}; {@code validTo} null has no end.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NgoRegistrationData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @RefersTo("partners") @NotBlank @PlainText(max = 200) String ngo,
        @NotNull RegistrationKind kind,
        @PlainText(max = 100) String number,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        @PlainText(max = 1000) String area,
        @PlainText(max = 4000) String notes)
        implements RecordData {

    /** Whether the paper is valid on a day. */
    public boolean validOn(LocalDate day) {
        return validFrom != null && !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    static NgoRegistrationData of(NgoRegistration r, String ngoRef, boolean withIdentity) {
        return new NgoRegistrationData(
                withIdentity ? r.getId() : null,
                withIdentity ? r.getVersion() : null,
                r.getRef(),
                r.getUnitCode(),
                ngoRef,
                r.getKind(),
                r.getNumber(),
                r.getValidFrom(),
                r.getValidTo(),
                r.getArea(),
                r.getNotes());
    }
}
