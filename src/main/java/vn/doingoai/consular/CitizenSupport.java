package vn.doingoai.consular;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.money.Money;

/** Support paid to the province's citizens: how many persons, how much, on what date. */
@Entity
@Table(name = "citizen_support")
class CitizenSupport extends RecordEntity {

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(nullable = false)
    private int persons;

    @Embedded
    private Money amount;

    @Column(length = 500)
    private String programme;

    @Column(length = 2000)
    private String note;

    @Override
    public String historyType() {
        return "citizenSupport";
    }

    @Override
    public Object historySnapshot() {
        return CitizenSupportData.of(this, false);
    }

    @Override
    protected String searchableText() {
        return String.join(
                " ", getRef() == null ? "" : getRef(), programme == null ? "" : programme, note == null ? "" : note);
    }

    LocalDate getPaidOn() {
        return paidOn;
    }

    int getPersons() {
        return persons;
    }

    Money getAmount() {
        return amount;
    }

    String getProgramme() {
        return programme;
    }

    String getNote() {
        return note;
    }

    void apply(CitizenSupportData d) {
        setUnitCode(d.unit().trim());
        if (d.ref() != null && !d.ref().isBlank()) {
            setRef(d.ref().trim());
        }
        paidOn = d.paidOn();
        persons = d.persons() == null ? 0 : d.persons();
        if (amount == null || !amount.equals(d.amount())) {
            amount = d.amount();
        }
        programme = Book.blankToNull(d.programme());
        note = Book.blankToNull(d.note());
    }
}
