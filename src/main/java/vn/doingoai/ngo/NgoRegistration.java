package vn.doingoai.ngo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.partner.PartnerRef;

/** A foreign NGO's registration paper in a province. */
@Entity
@Table(name = "ngo_registration")
class NgoRegistration extends RecordEntity {

    @Column(name = "ngo_id", nullable = false)
    private Long ngoId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RegistrationKind kind;

    @Column(length = 100)
    private String number;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(length = 1000)
    private String area;

    @Column(length = 4000)
    private String notes;

    /** Set by the service before a write, for the history and the search text. */
    private transient String ngoRef;

    private transient String ngoName = "";

    @Override
    public String historyType() {
        return "ngoRegistration";
    }

    @Override
    public Object historySnapshot() {
        return NgoRegistrationData.of(this, ngoRef, false);
    }

    @Override
    protected String searchableText() {
        return Text.foldAll(ngoName, number, area);
    }

    Long getNgoId() {
        return ngoId;
    }

    RegistrationKind getKind() {
        return kind;
    }

    String getNumber() {
        return number;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    String getArea() {
        return area;
    }

    String getNotes() {
        return notes;
    }

    /** Keeps its NGO's ref and name beside the record (its history and search text name them). */
    void remember(PartnerRef ngo) {
        this.ngoRef = ngo == null ? null : ngo.ref();
        this.ngoName = ngo == null ? "" : ngo.displayName();
    }

    void apply(NgoRegistrationData data, PartnerRef ngo) {
        remember(ngo);
        this.ngoId = ngo.id();
        this.kind = data.kind();
        this.number = Text.blankToNull(data.number());
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
        this.area = Text.blankToNull(data.area());
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(data.unit().trim());
        if (!Text.isBlank(data.ref())) {
            setRef(data.ref().trim());
        }
    }
}
