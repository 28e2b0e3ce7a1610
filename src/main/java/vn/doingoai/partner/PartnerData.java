package vn.doingoai.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;

/**
 * A partner in the shape of the dataset document and the API: {@code {"ref": "p1", "kind":
 * "FOREIGN_LOCALITY", "name": "Xaisomboun", "nameVi": "Xay Sổm Bun", "country": "LA", "parent":
 * null}}. {@code parent} is the parent partner's ref or id. {@code id} and {@code version} are
 * given by the API and left out of exports.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotNull PartnerKind kind,
        @NotBlank @PlainText(max = 500) String name,
        @PlainText(max = 500) String nameVi,
        @CountryCode String country,
        @RefersTo("partners") @PlainText(max = 200) String parent,
        @PlainText(max = 40) String unit,
        @PlainText(max = 4000) String notes,
        List<@Valid Contact> contacts)
        implements RecordData {

    /** The Vietnamese name where there is one, else the original. */
    public String displayName() {
        return nameVi == null || nameVi.isBlank() ? name : nameVi;
    }

    static PartnerData of(Partner p, String parentRef, boolean withIdentity) {
        return new PartnerData(
                withIdentity ? p.getId() : null,
                withIdentity ? p.getVersion() : null,
                p.getRef(),
                p.getKind(),
                p.getName(),
                p.getNameVi(),
                p.getCountry(),
                parentRef,
                p.getUnitCode(),
                p.getNotes(),
                p.getContacts().isEmpty() ? null : List.copyOf(p.getContacts()));
    }
}
