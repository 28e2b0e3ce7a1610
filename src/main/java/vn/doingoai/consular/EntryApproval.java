package vn.doingoai.consular;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordEntity;

/** An approval of foreigners entering to work or stay: persons approved and received. */
@Entity
@Table(name = "entry_approval")
class EntryApproval extends RecordEntity {

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false)
    private int approved;

    @Column(nullable = false)
    private int received;

    @Column(length = 2)
    private String country;

    @Column(length = 1000)
    private String purpose;

    @Column(name = "decision_number", length = 100)
    private String decisionNumber;

    @Column(length = 2000)
    private String note;

    @Override
    public String historyType() {
        return "entryApproval";
    }

    @Override
    public Object historySnapshot() {
        return EntryApprovalData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return String.join(
                " ",
                getRef() == null ? "" : getRef(),
                decisionNumber == null ? "" : decisionNumber,
                purpose == null ? "" : purpose,
                country == null ? "" : country,
                note == null ? "" : note);
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    int getApproved() {
        return approved;
    }

    int getReceived() {
        return received;
    }

    String getCountry() {
        return country;
    }

    String getPurpose() {
        return purpose;
    }

    String getDecisionNumber() {
        return decisionNumber;
    }

    String getNote() {
        return note;
    }

    void apply(EntryApprovalData d) {
        setUnitCode(d.unit().trim());
        if (d.ref() != null && !d.ref().isBlank()) {
            setRef(d.ref().trim());
        }
        decidedOn = d.decidedOn();
        approved = d.approved() == null ? 0 : d.approved();
        received = d.received() == null ? 0 : d.received();
        country = Countries.code(d.country());
        purpose = Book.blankToNull(d.purpose());
        decisionNumber = Book.blankToNull(d.decisionNumber());
        note = Book.blankToNull(d.note());
    }
}
