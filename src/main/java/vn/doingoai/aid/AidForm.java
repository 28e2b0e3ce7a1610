package vn.doingoai.aid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.money.Money;

/** The aid form as the browser posts it: flat fields, and transaction rows that may be left blank. */
public class AidForm {

    private Long id;
    private Long version;
    private String ref;
    private String unit;
    private String donor;
    private AidKind kind = AidKind.PROJECT;
    private String title;
    private String sector;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private String location;
    private String approvalNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvalDate;

    private String description;
    private List<Row> transactions = new ArrayList<>();

    /** One transaction row. */
    public static class Row {
        private TransactionType type;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        private BigDecimal amount;
        private String currency;

        public TransactionType getType() {
            return type;
        }

        public void setType(TransactionType type) {
            this.type = type;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        boolean isBlank() {
            return date == null && amount == null;
        }
    }

    static AidForm of(AidData d) {
        AidForm f = new AidForm();
        f.id = d.id();
        f.version = d.version();
        f.ref = d.ref();
        f.unit = d.unit();
        f.donor = d.donor();
        f.kind = d.kind();
        f.title = d.title();
        f.sector = d.sector();
        f.startDate = d.startDate();
        f.endDate = d.endDate();
        f.location = d.location();
        f.approvalNumber = d.approvalNumber();
        f.approvalDate = d.approvalDate();
        f.description = d.description();
        if (d.transactions() != null) {
            for (AidTransaction t : d.transactions()) {
                Row row = new Row();
                row.type = t.type();
                row.date = t.date();
                row.amount = t.value().amount().stripTrailingZeros();
                row.currency = t.value().currency();
                f.transactions.add(row);
            }
        }
        return f;
    }

    AidData toData() {
        List<AidTransaction> rows = new ArrayList<>();
        for (Row row : transactions) {
            if (row == null || row.isBlank()) {
                continue;
            }
            String currency = row.currency == null || row.currency.isBlank() ? "USD" : row.currency;
            rows.add(new AidTransaction(
                    row.type == null ? TransactionType.DISBURSEMENT : row.type,
                    row.date,
                    row.amount == null ? null : new Money(row.amount, currency)));
        }
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor;
    }

    public AidKind getKind() {
        return kind;
    }

    public void setKind(AidKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getApprovalNumber() {
        return approvalNumber;
    }

    public void setApprovalNumber(String approvalNumber) {
        this.approvalNumber = approvalNumber;
    }

    public LocalDate getApprovalDate() {
        return approvalDate;
    }

    public void setApprovalDate(LocalDate approvalDate) {
        this.approvalDate = approvalDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Row> getTransactions() {
        return transactions;
    }

    public void setTransactions(List<Row> transactions) {
        this.transactions = transactions;
    }
}
