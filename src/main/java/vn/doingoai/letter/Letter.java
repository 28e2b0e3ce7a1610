package vn.doingoai.letter;

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
import java.util.List;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.document.StoredDocument;

/** An official letter sent or received, with its partners and its scanned document. */
@Entity
@Table(name = "official_letter")
class Letter extends RecordEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LetterDirection direction;

    @Column(name = "letter_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LetterOccasion occasion;

    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "official_letter_partner", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position_index")
    @Column(name = "partner_id", nullable = false)
    private List<Long> partnerIds = new ArrayList<>();

    @Embedded
    private StoredDocument document;

    /** Set by the service before a write, for the history and the search text. */
    private transient List<String> partnerRefs = List.of();

    private transient String partnerNames = "";

    @Override
    public String historyType() {
        return "letter";
    }

    @Override
    public Object historySnapshot() {
        return LetterData.of(this, partnerRefs, LetterData.Shape.HISTORY);
    }

    @Override
    protected String searchableText() {
        return Text.foldAll(subject, partnerNames);
    }

    LetterDirection getDirection() {
        return direction;
    }

    LocalDate getDate() {
        return date;
    }

    LetterOccasion getOccasion() {
        return occasion;
    }

    String getSubject() {
        return subject;
    }

    String getNotes() {
        return notes;
    }

    List<Long> getPartnerIds() {
        return partnerIds;
    }

    StoredDocument getDocument() {
        return document;
    }

    void setDocument(StoredDocument document) {
        this.document = document;
    }

    void remember(List<String> partnerRefs, String partnerNames) {
        this.partnerRefs = partnerRefs;
        this.partnerNames = partnerNames;
    }

    void apply(LetterData data, List<Long> partnerIds) {
        this.direction = data.direction();
        this.date = data.date();
        this.occasion = data.occasion();
        this.subject = data.subject().trim();
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(data.unit().trim());
        if (!this.partnerIds.equals(partnerIds)) {
            this.partnerIds.clear();
            this.partnerIds.addAll(partnerIds);
        }
        if (!Text.isBlank(data.ref())) {
            setRef(data.ref().trim());
        }
    }
}
