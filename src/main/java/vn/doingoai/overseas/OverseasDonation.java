package vn.doingoai.overseas;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.money.Money;
import vn.doingoai.partner.PartnerRef;

/** A donation of overseas Vietnamese to the province, in its own currency. */
@Entity
@Table(name = "overseas_donation")
class OverseasDonation extends RecordEntity {

    /** The donor, a partner (usually an association), or null for a person named in {@link #donorName}. */
    @Column(name = "donor_id")
    private Long donorId;

    @Column(name = "donor_name", length = 300)
    private String donorName;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(length = 1000)
    private String purpose;

    @Embedded
    private Money value;

    @Column(length = 4000)
    private String notes;

    /** Set by the service before a write, for the history and the search text. */
    private transient String donorRef;

    private transient String donorDisplayName = "";

    @Override
    public String historyType() {
        return "overseasDonation";
    }

    @Override
    public Object historySnapshot() {
        return OverseasDonationData.of(this, donorRef, false);
    }

    @Override
    protected String searchableText() {
        return Text.foldAll(donorDisplayName, donorName, purpose);
    }

    Long getDonorId() {
        return donorId;
    }

    String getDonorName() {
        return donorName;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    String getPurpose() {
        return purpose;
    }

    Money getValue() {
        return value;
    }

    String getNotes() {
        return notes;
    }

    /** Keeps its donor's ref and name beside the record (its history and search text name them); none for a person. */
    void remember(PartnerRef donor) {
        this.donorRef = donor == null ? null : donor.ref();
        this.donorDisplayName = donor == null ? "" : donor.displayName();
    }

    void apply(OverseasDonationData data, PartnerRef donor) {
        remember(donor);
        this.donorId = donor == null ? null : donor.id();
        this.donorName = Text.blankToNull(data.donorName());
        this.receivedOn = data.receivedOn();
        this.purpose = Text.blankToNull(data.purpose());
        if (!data.value().equals(this.value)) {
            this.value = data.value();
        }
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(data.unit().trim());
        if (!Text.isBlank(data.ref())) {
            setRef(data.ref().trim());
        }
    }
}
