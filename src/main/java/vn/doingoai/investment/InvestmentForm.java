package vn.doingoai.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.money.Money;
import vn.doingoai.money.MoneyRow;
import vn.doingoai.web.RecordForm;

/**
 * The project form as the browser posts it: the capital as two flat fields, and capital changes as
 * rows that may be left blank. The texts carry {@link PlainText} for the fields' {@code maxlength};
 * the record it makes is what is validated.
 */
record InvestmentForm(
        Long id,
        Long version,
        String ref,
        String unit,
        @PlainText(max = 500) String name,
        String investor,
        String country,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
        BigDecimal capitalAmount,
        String capitalCurrency,
        InvestmentStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
        @PlainText(max = 500) String industrialZone,
        Integer workers,
        @PlainText(max = 4000) String notes,
        List<MoneyRow> adjustments)
        implements RecordForm<InvestmentData> {

    InvestmentForm {
        adjustments = adjustments == null ? List.of() : adjustments;
    }

    static InvestmentForm blank() {
        return new InvestmentForm(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "USD",
                InvestmentStatus.ACTIVE,
                null,
                null,
                null,
                null,
                List.of());
    }

    static InvestmentForm of(InvestmentData d) {
        return new InvestmentForm(
                d.id(),
                d.version(),
                d.ref(),
                d.unit(),
                d.name(),
                d.investor(),
                d.country(),
                d.registeredOn(),
                d.capital() == null ? null : d.capital().amount().stripTrailingZeros(),
                d.capital() == null ? "USD" : d.capital().currency(),
                d.status(),
                d.endedOn(),
                d.industrialZone(),
                d.workers(),
                d.notes(),
                d.adjustments() == null
                        ? List.of()
                        : d.adjustments().stream()
                                .map(a -> MoneyRow.of(a.date(), a.capitalChange()))
                                .toList());
    }

    /** The currency of the capital, and of a change that names none. */
    String currency() {
        return capitalCurrency == null || capitalCurrency.isBlank() ? "USD" : capitalCurrency;
    }

    @Override
    public InvestmentData toData() {
        List<Adjustment> rows = adjustments.stream()
                .filter(row -> row != null && !row.isBlank())
                .map(row -> new Adjustment(row.date(), row.money(currency())))
                .toList();
        return new InvestmentData(
                id,
                version,
                ref,
                unit,
                name,
                investor,
                country,
                registeredOn,
                capitalAmount == null ? null : new Money(capitalAmount, currency()),
                status,
                endedOn,
                rows,
                industrialZone,
                workers,
                notes);
    }

    /** The form's name of a path of the record: {@code capital.amount} is {@code capitalAmount}. */
    @Override
    public String field(String path) {
        if (path.equals("capital") || path.equals("capital.amount")) {
            return "capitalAmount";
        }
        if (path.equals("capital.currency")) {
            return "capitalCurrency";
        }
        return MoneyRow.field(path, "adjustments", "capitalChange", adjustments);
    }
}
