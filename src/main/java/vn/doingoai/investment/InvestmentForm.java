package vn.doingoai.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.doingoai.money.Money;

/** The project form as the browser posts it: flat fields, and adjustment rows that may be left blank. */
class InvestmentForm {

    private Long id;
    private Long version;
    private String ref;
    private String unit;
    private String name;
    private String investor;
    private String country;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;

    private BigDecimal capitalAmount;
    private String capitalCurrency = "USD";
    private InvestmentStatus status = InvestmentStatus.ACTIVE;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endedOn;

    private String industrialZone;
    private Integer workers;
    private String notes;
    private List<Row> adjustments = new ArrayList<>();

    /** One adjustment row. */
    public static class Row {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        private BigDecimal amount;
        private String currency;

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

    static InvestmentForm of(InvestmentData d) {
        InvestmentForm f = new InvestmentForm();
        f.id = d.id();
        f.version = d.version();
        f.ref = d.ref();
        f.unit = d.unit();
        f.name = d.name();
        f.investor = d.investor();
        f.country = d.country();
        f.registeredOn = d.registeredOn();
        f.capitalAmount = d.capital() == null ? null : d.capital().amount().stripTrailingZeros();
        f.capitalCurrency = d.capital() == null ? "USD" : d.capital().currency();
        f.status = d.status();
        f.endedOn = d.endedOn();
        f.industrialZone = d.industrialZone();
        f.workers = d.workers();
        f.notes = d.notes();
        if (d.adjustments() != null) {
            for (Adjustment a : d.adjustments()) {
                Row row = new Row();
                row.date = a.date();
                row.amount = a.capitalChange().amount().stripTrailingZeros();
                row.currency = a.capitalChange().currency();
                f.adjustments.add(row);
            }
        }
        return f;
    }

    InvestmentData toData() {
        String currency = capitalCurrency == null || capitalCurrency.isBlank() ? "USD" : capitalCurrency;
        List<Adjustment> rows = new ArrayList<>();
        for (Row row : adjustments) {
            if (row == null || row.isBlank()) {
                continue;
            }
            String c = row.currency == null || row.currency.isBlank() ? currency : row.currency;
            rows.add(new Adjustment(row.date, row.amount == null ? null : new Money(row.amount, c)));
        }
        return new InvestmentData(
                id,
                version,
                ref,
                unit,
                name,
                investor,
                country,
                registeredOn,
                capitalAmount == null ? null : new Money(capitalAmount, currency),
                status,
                endedOn,
                rows,
                industrialZone,
                workers,
                notes);
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInvestor() {
        return investor;
    }

    public void setInvestor(String investor) {
        this.investor = investor;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public BigDecimal getCapitalAmount() {
        return capitalAmount;
    }

    public void setCapitalAmount(BigDecimal capitalAmount) {
        this.capitalAmount = capitalAmount;
    }

    public String getCapitalCurrency() {
        return capitalCurrency;
    }

    public void setCapitalCurrency(String capitalCurrency) {
        this.capitalCurrency = capitalCurrency;
    }

    public InvestmentStatus getStatus() {
        return status;
    }

    public void setStatus(InvestmentStatus status) {
        this.status = status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getIndustrialZone() {
        return industrialZone;
    }

    public void setIndustrialZone(String industrialZone) {
        this.industrialZone = industrialZone;
    }

    public Integer getWorkers() {
        return workers;
    }

    public void setWorkers(Integer workers) {
        this.workers = workers;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Row> getAdjustments() {
        return adjustments;
    }

    public void setAdjustments(List<Row> adjustments) {
        this.adjustments = adjustments;
    }
}
