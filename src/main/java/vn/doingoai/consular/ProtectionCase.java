package vn.doingoai.consular;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordEntity;

/** A citizen protection case (bảo hộ công dân) and the steps taken. */
@Entity
@Table(name = "protection_case")
class ProtectionCase extends RecordEntity {

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(length = 2)
    private String country;

    @Column(length = 4000)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ElementCollection
    @CollectionTable(name = "protection_case_step", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position_index")
    private List<ProtectionStep> steps = new ArrayList<>();

    @Override
    public String historyType() {
        return "protectionCase";
    }

    @Override
    public Object historySnapshot() {
        return ProtectionCaseData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return String.join(
                " ", getRef() == null ? "" : getRef(), summary == null ? "" : summary, country == null ? "" : country);
    }

    LocalDate getOpenedOn() {
        return openedOn;
    }

    String getCountry() {
        return country;
    }

    String getSummary() {
        return summary;
    }

    CaseStatus getStatus() {
        return status;
    }

    LocalDate getClosedOn() {
        return closedOn;
    }

    List<ProtectionStep> getSteps() {
        return steps;
    }

    void apply(ProtectionCaseData d) {
        setUnitCode(d.unit().trim());
        if (d.ref() != null && !d.ref().isBlank()) {
            setRef(d.ref().trim());
        }
        openedOn = d.openedOn();
        country = Countries.code(d.country());
        summary = Book.blankToNull(d.summary());
        status = d.status() == null ? (d.closedOn() == null ? CaseStatus.OPEN : CaseStatus.CLOSED) : d.status();
        closedOn = d.closedOn();
        List<ProtectionStep> newSteps = d.steps() == null
                ? List.of()
                : d.steps().stream().filter(s -> s != null && !s.isBlank()).toList();
        if (!steps.equals(newSteps)) {
            steps.clear();
            steps.addAll(newSteps);
        }
    }
}
