package vn.doingoai.overseas;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.databind.annotation.JsonDeserialize;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;
import vn.doingoai.money.Money;

/**
 * A donation in the shape of the dataset document and the API: {@code {"ref": "o1", "unit": "24",
 * "donor": "p7", "donorName": "...", "receivedOn": "2021-06-01", "purpose": "...", "value":
 * {"amount": 5000, "currency": "EUR"}}}, with {@code notes}. {@code donor} is the ref (on input
 * also the id) of a partner, usually an association of overseas Vietnamese, or null with {@code
 * donorName} for a person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverseasDonationData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @RefersTo("partners") @PlainText(max = 200) String donor,
        @PlainText(max = 300) String donorName,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
        @PlainText(max = 1000) String purpose,
        @NotNull(message = "{overseas.amount.required}") @Valid @JsonDeserialize(using = DonationValueReader.class)
                Money value,
        @PlainText(max = 4000) String notes)
        implements RecordData {

    static OverseasDonationData of(OverseasDonation d, String donorRef, boolean withIdentity) {
        return new OverseasDonationData(
                withIdentity ? d.getId() : null,
                withIdentity ? d.getVersion() : null,
                d.getRef(),
                d.getUnitCode(),
                donorRef,
                d.getDonorName(),
                d.getReceivedOn(),
                d.getPurpose(),
                d.getValue(),
                d.getNotes());
    }
}
