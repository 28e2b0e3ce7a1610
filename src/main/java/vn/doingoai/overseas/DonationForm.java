package vn.doingoai.overseas;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.money.Money;
import vn.doingoai.web.RecordForm;

/**
 * The donation form as the browser posts it: the value as two flat fields. The texts carry {@link
 * PlainText} for the fields' {@code maxlength}; the record it makes is what is validated.
 */
record DonationForm(
        Long id,
        Long version,
        String ref,
        String unit,
        String donor,
        @PlainText(max = 300) String donorName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
        @PlainText(max = 1000) String purpose,
        BigDecimal amount,
        String currency,
        @PlainText(max = 4000) String notes)
        implements RecordForm<OverseasDonationData> {

    static DonationForm blank(String unit, String donor) {
        return new DonationForm(null, null, null, unit, donor, null, null, null, null, "USD", null);
    }

    static DonationForm of(OverseasDonationData d) {
        return new DonationForm(
                d.id(),
                d.version(),
                d.ref(),
                d.unit(),
                d.donor(),
                d.donorName(),
                d.receivedOn(),
                d.purpose(),
                d.value() == null ? null : d.value().amount().stripTrailingZeros(),
                d.value() == null ? "USD" : d.value().currency(),
                d.notes());
    }

    @Override
    public OverseasDonationData toData() {
        String c = currency == null || currency.isBlank() ? "USD" : currency;
        return new OverseasDonationData(
                id,
                version,
                ref,
                unit,
                donor,
                donorName,
                receivedOn,
                purpose,
                amount == null ? null : new Money(amount, c),
                notes);
    }

    /** The form's name of a path of the record: {@code value.amount} is {@code amount}. */
    @Override
    public String field(String path) {
        if (path.equals("value") || path.equals("value.amount")) {
            return "amount";
        }
        return path.equals("value.currency") ? "currency" : path;
    }
}
