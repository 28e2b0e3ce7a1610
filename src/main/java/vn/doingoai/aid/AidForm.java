package vn.doingoai.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.common.PlainText;
import vn.doingoai.money.MoneyRow;
import vn.doingoai.web.RecordForm;

/**
 * The aid form as the browser posts it: flat fields, and transaction rows that may be left blank.
 * The texts carry {@link PlainText} for the fields' {@code maxlength}; the record it makes is what
 * is validated.
 */
record AidForm(
        Long id,
        Long version,
        String ref,
        String unit,
        String donor,
        AidKind kind,
        @PlainText(max = 1000) String title,
        String sector,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @PlainText(max = 500) String location,
        @PlainText(max = 200) String approvalNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvalDate,
        @PlainText(max = 4000) String description,
        List<Row> transactions)
        implements RecordForm<AidData> {

    AidForm {
        transactions = transactions == null ? List.of() : transactions;
    }

    /** One transaction row: its type and a {@link MoneyRow}. */
    record Row(
            TransactionType type,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            BigDecimal amount,
            String currency) {

        MoneyRow money() {
            return new MoneyRow(date, amount, currency);
        }
    }

    static AidForm blank() {
        return new AidForm(
                null,
                null,
                null,
                null,
                null,
                AidKind.PROJECT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    static AidForm of(AidData d) {
        return new AidForm(
                d.id(),
                d.version(),
                d.ref(),
                d.unit(),
                d.donor(),
                d.kind(),
                d.title(),
                d.sector(),
                d.startDate(),
                d.endDate(),
                d.location(),
                d.approvalNumber(),
                d.approvalDate(),
                d.description(),
                d.transactions() == null
                        ? List.of()
                        : d.transactions().stream()
                                .map(t -> {
                                    MoneyRow m = MoneyRow.of(t.date(), t.value());
                                    return new Row(t.type(), m.date(), m.amount(), m.currency());
                                })
                                .toList());
    }

    @Override
    public AidData toData() {
        List<AidTransaction> rows = transactions.stream()
                .filter(row -> row != null && !row.money().isBlank())
                .map(row -> new AidTransaction(
                        row.type() == null ? TransactionType.DISBURSEMENT : row.type(),
                        row.date(),
                        row.money().money("USD")))
                .toList();
        return new AidData(
                id,
                version,
                ref,
                unit,
                donor,
                kind,
                title,
                sector,
                startDate,
                endDate,
                rows,
                location,
                approvalNumber,
                approvalDate,
                description);
    }

    /** The form's name of a path of the record: {@code transactions[0].value.amount} is {@code transactions[0].amount}. */
    @Override
    public String field(String path) {
        return MoneyRow.field(
                path,
                "transactions",
                "value",
                transactions.stream().map(r -> r == null ? null : r.money()).toList());
    }
}
