package vn.doingoai.consular;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;

/**
 * An entry approval as the dataset and the API have it: {@code {"ref": "x1", "unit": "19",
 * "decidedOn": "2021-05-04", "approved": 12, "received": 10}}, with the nationality ({@code
 * country}), purpose and decision number where known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryApprovalData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull LocalDate decidedOn,
        @NotNull @Min(0) Integer approved,
        @NotNull @Min(0) Integer received,
        @CountryCode String country,
        @PlainText(max = 1000) String purpose,
        @PlainText(max = 100) String decisionNumber,
        @PlainText(max = 2000) String note)
        implements ConsularData {

    static EntryApprovalData of(EntryApproval e, boolean withIdentity) {
        return new EntryApprovalData(
                withIdentity ? e.getId() : null,
                withIdentity ? e.getVersion() : null,
                e.getRef(),
                e.getUnitCode(),
                e.getDecidedOn(),
                e.getApproved(),
                e.getReceived(),
                e.getCountry(),
                e.getPurpose(),
                e.getDecisionNumber(),
                e.getNote());
    }
}
