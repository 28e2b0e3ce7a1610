package vn.doingoai.consular;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;

/**
 * A citizen protection case as the dataset and the API have it: {@code {"ref": "c1", "unit": "19",
 * "openedOn": "2021-02-11", "country": "KR", "summary": "...", "status": "OPEN", "steps": [{"date":
 * "2021-02-12", "action": "..."}]}}. Status defaults to OPEN (CLOSED when {@code closedOn} is given).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProtectionCaseData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull LocalDate openedOn,
        @CountryCode String country,
        @PlainText(max = 4000) String summary,
        CaseStatus status,
        LocalDate closedOn,
        List<@Valid ProtectionStep> steps)
        implements ConsularData {

    static ProtectionCaseData of(ProtectionCase c, boolean withIdentity) {
        return new ProtectionCaseData(
                withIdentity ? c.getId() : null,
                withIdentity ? c.getVersion() : null,
                c.getRef(),
                c.getUnitCode(),
                c.getOpenedOn(),
                c.getCountry(),
                c.getSummary(),
                c.getStatus(),
                c.getClosedOn(),
                c.getSteps().isEmpty() ? null : List.copyOf(c.getSteps()));
    }
}
