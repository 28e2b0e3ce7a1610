package vn.doingoai.consular;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;

/**
 * A foreign press visit as the dataset and the API have it: {@code {"ref": "v1", "unit": "19",
 * "startDate": "2021-04-01", "countries": ["JP"], "members": 3}}, with the end date, the agency or
 * outlet and the purpose where known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PressVisitData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Size(max = 30) List<@NotBlank @CountryCode String> countries,
        @Min(0) Integer members,
        @PlainText(max = 500) String agency,
        @PlainText(max = 1000) String purpose)
        implements ConsularData {

    static PressVisitData of(PressVisit v, boolean withIdentity) {
        return new PressVisitData(
                withIdentity ? v.getId() : null,
                withIdentity ? v.getVersion() : null,
                v.getRef(),
                v.getUnitCode(),
                v.getStartDate(),
                v.getEndDate(),
                v.getCountries().isEmpty() ? null : v.getCountries(),
                v.getMembers(),
                v.getAgency(),
                v.getPurpose());
    }
}
