package vn.doingoai.investment;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.doingoai.common.CountryCode;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;
import vn.doingoai.money.Money;

/**
 * An FDI project in the shape of the dataset document and the API: {@code {"ref": "i1", "unit":
 * "24", "name": "...", "investor": "p9", "country": "SG", "registeredOn": "2021-04-02", "capital":
 * {"amount": 293000000, "currency": "USD"}, "status": "ACTIVE", "endedOn": null, "adjustments":
 * [{"date": "2021-07-01", "capitalChange": {"amount": 10000000, "currency": "USD"}}]}}, plus the
 * industrial zone and the number of workers. {@code investor} is a partner's ref or id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvestmentData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotBlank @PlainText(max = 500) String name,
        @RefersTo("partners") @PlainText(max = 200) String investor,
        @CountryCode String country,
        @NotNull LocalDate registeredOn,
        @NotNull @Valid Money capital,
        @NotNull InvestmentStatus status,
        LocalDate endedOn,
        List<@Valid @NotNull Adjustment> adjustments,
        @PlainText(max = 500) String industrialZone,
        @Min(0) Integer workers,
        @PlainText(max = 4000) String notes)
        implements RecordData {

    static InvestmentData of(Investment i, String investorRef, boolean withIdentity) {
        List<Adjustment> adjustments = i.getAdjustments().stream()
                .map(c -> new Adjustment(c.date(), new Money(c.amount(), c.currency())))
                .toList();
        return new InvestmentData(
                withIdentity ? i.getId() : null,
                withIdentity ? i.getVersion() : null,
                i.getRef(),
                i.getUnitCode(),
                i.getName(),
                investorRef,
                i.getCountry(),
                i.getRegisteredOn(),
                i.getCapital(),
                i.getStatus(),
                i.getEndedOn(),
                adjustments.isEmpty() ? null : adjustments,
                i.getIndustrialZone(),
                i.getWorkers(),
                i.getNotes());
    }
}
