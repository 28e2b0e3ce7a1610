package vn.doingoai.consular;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.doingoai.common.Numbers;
import vn.doingoai.common.PlainText;
import vn.doingoai.money.Money;

/**
 * Support paid to citizens as the dataset and the API have it: {@code {"ref": "s1", "unit": "19",
 * "paidOn": "2021-08-20", "persons": 150, "amount": {"amount": 300000000, "currency": "VND"}}}, with
 * the programme and a note where known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitizenSupportData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @NotNull LocalDate paidOn,
        @NotNull @Min(0) Integer persons,
        @NotNull @Valid Money amount,
        @PlainText(max = 500) String programme,
        @PlainText(max = 2000) String note)
        implements ConsularData {

    static CitizenSupportData of(CitizenSupport s, boolean withIdentity) {
        Money amount = s.getAmount();
        return new CitizenSupportData(
                withIdentity ? s.getId() : null,
                withIdentity ? s.getVersion() : null,
                s.getRef(),
                s.getUnitCode(),
                s.getPaidOn(),
                s.getPersons(),
                amount == null ? null : new Money(Numbers.plain(amount.amount()), amount.currency()),
                s.getProgramme(),
                s.getNote());
    }
}
