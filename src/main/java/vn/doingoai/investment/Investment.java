package vn.doingoai.investment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.money.Money;

@Entity
@Table(name = "investment")
class Investment extends RecordEntity {

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "investor_id")
    private Long investorId;

    @Column(length = 2)
    private String country;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "capital_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "capital_currency"))
    })
    private Money capital;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvestmentStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "industrial_zone", length = 500)
    private String industrialZone;

    private Integer workers;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "investment_adjustment", joinColumns = @JoinColumn(name = "investment_id"))
    @OrderColumn(name = "position_index")
    private List<CapitalChange> adjustments = new ArrayList<>();

    /** Set by the service, for the history and the search text. */
    private transient String investorRef;

    private transient String investorName;

    @Override
    public String historyType() {
        return "investment";
    }

    @Override
    public Object historySnapshot() {
        return InvestmentData.of(this, investorRef, false);
    }

    @Override
    protected String searchableText() {
        return String.join(
                " ",
                name,
                investorName == null ? "" : investorName,
                country == null ? "" : country,
                industrialZone == null ? "" : industrialZone);
    }

    String getName() {
        return name;
    }

    Long getInvestorId() {
        return investorId;
    }

    String getCountry() {
        return country;
    }

    LocalDate getRegisteredOn() {
        return registeredOn;
    }

    Money getCapital() {
        return capital;
    }

    InvestmentStatus getStatus() {
        return status;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getIndustrialZone() {
        return industrialZone;
    }

    Integer getWorkers() {
        return workers;
    }

    String getNotes() {
        return notes;
    }

    List<CapitalChange> getAdjustments() {
        return adjustments;
    }

    void remember(String investorRef, String investorName) {
        this.investorRef = investorRef;
        this.investorName = investorName;
    }

    void apply(InvestmentData data, Long investorId, String country) {
        this.name = data.name().trim();
        this.investorId = investorId;
        this.country = country;
        this.registeredOn = data.registeredOn();
        if (capital == null || !capital.equals(data.capital())) {
            this.capital = data.capital();
        }
        this.status = data.status();
        this.endedOn = data.endedOn();
        this.industrialZone = Text.blankToNull(data.industrialZone());
        this.workers = data.workers();
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(data.unit().trim());
        List<CapitalChange> changes = data.adjustments() == null
                ? List.of()
                : data.adjustments().stream()
                        .sorted(Comparator.comparing(Adjustment::date))
                        .map(a -> new CapitalChange(
                                a.date(),
                                a.capitalChange().amount(),
                                a.capitalChange().currency()))
                        .toList();
        if (!sameChanges(changes)) {
            adjustments.clear();
            adjustments.addAll(changes);
        }
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }

    private boolean sameChanges(List<CapitalChange> changes) {
        if (changes.size() != adjustments.size()) {
            return false;
        }
        for (int i = 0; i < changes.size(); i++) {
            CapitalChange a = changes.get(i);
            CapitalChange b = adjustments.get(i);
            if (!a.date().equals(b.date())
                    || !a.currency().equals(b.currency())
                    || a.amount().compareTo(b.amount()) != 0) {
                return false;
            }
        }
        return true;
    }
}
