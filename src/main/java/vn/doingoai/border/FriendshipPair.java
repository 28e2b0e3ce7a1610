package vn.doingoai.border;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;

/** A friendship pair (kết nghĩa) between a commune of a border province and a foreign locality. */
@Entity
@Table(name = "friendship_pair")
class FriendshipPair extends RecordEntity {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = 4000)
    private String notes;

    /** Set by the service before a write, for the history and the search text. */
    private transient String partnerRef;

    private transient String partnerName = "";

    @Override
    public String historyType() {
        return "friendshipPair";
    }

    @Override
    public Object historySnapshot() {
        return FriendshipPairData.of(this, partnerRef, false);
    }

    @Override
    protected String searchableText() {
        return Text.foldAll(partnerName, notes);
    }

    Long getPartnerId() {
        return partnerId;
    }

    LocalDate getEstablishedOn() {
        return establishedOn;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getNotes() {
        return notes;
    }

    void remember(String partnerRef, String partnerName) {
        this.partnerRef = partnerRef;
        this.partnerName = partnerName == null ? "" : partnerName;
    }

    void apply(FriendshipPairData data, Long partnerId) {
        this.partnerId = partnerId;
        this.establishedOn = data.establishedOn();
        this.endedOn = data.endedOn();
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(data.unit().trim());
        if (!Text.isBlank(data.ref())) {
            setRef(data.ref().trim());
        }
    }
}
