package vn.doingoai.agreement;

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
import vn.doingoai.common.Approvable;
import vn.doingoai.common.Approval;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.direction.DocumentLinks;
import vn.doingoai.document.StoredDocument;

@Entity
@Table(name = "agreement")
class Agreement extends RecordEntity implements DocumentLinks.Carrier, Approvable<AgreementStatus> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementLevel level;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "decision_number", length = 100)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    /** The Vietnamese signatory (person and title, or the signing body). */
    @Column(length = 500)
    private String signatory;

    @Column(length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "agreement_partner", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position_index")
    @Column(name = "partner_id", nullable = false)
    private List<Long> partnerIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position_index")
    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 40)
    private List<CooperationField> fields = new ArrayList<>();

    @Embedded
    private StoredDocument document;

    /** The policy document it carries out (its id, and its ref for the data shape: see {@code AgreementDocuments}). */
    @Column(name = "document_id")
    private Long documentId;

    private transient String documentRef;

    /** Set by the service before a write, for the history and the search text. */
    private transient List<String> partnerRefs = List.of();

    private transient String partnerNames = "";

    @Override
    public String historyType() {
        return "agreement";
    }

    @Override
    public Object historySnapshot() {
        return AgreementData.of(this, partnerRefs, AgreementData.Shape.HISTORY);
    }

    @Override
    protected String searchableText() {
        return String.join(" ", title, signatory == null ? "" : signatory, partnerNames == null ? "" : partnerNames);
    }

    /**
     * In force on {@code day}: signed, and the day within validFrom–validTo (open ends allowed); without
     * validFrom it is in force from the day it was signed, never before.
     */
    boolean inForceOn(LocalDate day) {
        return inForce(status, signedOn, validFrom, validTo, day);
    }

    static boolean inForce(
            AgreementStatus status, LocalDate signedOn, LocalDate validFrom, LocalDate validTo, LocalDate day) {
        LocalDate from = validFrom != null ? validFrom : signedOn;
        return status == AgreementStatus.SIGNED
                && (from == null || !from.isAfter(day))
                && (validTo == null || !validTo.isBefore(day));
    }

    AgreementLevel getLevel() {
        return level;
    }

    String getTitle() {
        return title;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    LocalDate getValidTo() {
        return validTo;
    }

    @Override
    public AgreementStatus getStatus() {
        return status;
    }

    /** The leader's approval of the signing: its decision number and date, and the approving user. */
    @Override
    public Approval getApproval() {
        return new Approval(decisionNumber, decisionDate, approvedBy);
    }

    /** Sets the status and approval the workflow decided. */
    @Override
    public void decide(AgreementStatus status, Approval approval) {
        this.status = status;
        this.decisionNumber = approval.number();
        this.decisionDate = approval.date();
        this.approvedBy = approval.by();
    }

    /** The date of signing, set by the approval of an agreement that had none. */
    void signOn(LocalDate day) {
        this.signedOn = day;
    }

    String getSignatory() {
        return signatory;
    }

    String getNotes() {
        return notes;
    }

    List<Long> getPartnerIds() {
        return partnerIds;
    }

    List<CooperationField> getFields() {
        return fields;
    }

    StoredDocument getDocument() {
        return document;
    }

    void setDocument(StoredDocument document) {
        this.document = document;
    }

    /** The policy document it carries out: its id, and its ref for the data shape. */
    @Override
    public void linkDocument(Long documentId, String documentRef) {
        this.documentId = documentId;
        this.documentRef = documentRef;
    }

    @Override
    public Long getDocumentId() {
        return documentId;
    }

    String getDocumentRef() {
        return documentRef;
    }

    void rememberPartners(List<String> refs, String names) {
        this.partnerRefs = refs;
        this.partnerNames = names;
    }

    /** Writes the data's values, but the status and approval (see {@link #decide}). */
    void apply(AgreementData data, List<Long> partnerIds, List<String> partnerRefs, String partnerNames) {
        this.level = data.level();
        this.title = data.title().trim();
        this.signedOn = data.signedOn();
        this.validFrom = data.validFrom();
        this.validTo = data.validTo();
        this.signatory = Text.blankToNull(data.signatory());
        this.notes = Text.blankToNull(data.notes());
        setUnitCode(data.unit().trim());
        if (!this.partnerIds.equals(partnerIds)) {
            this.partnerIds.clear();
            this.partnerIds.addAll(partnerIds);
        }
        List<CooperationField> newFields = data.fields() == null
                ? List.of()
                : data.fields().stream().filter(f -> f != null).distinct().toList();
        if (!this.fields.equals(newFields)) {
            this.fields.clear();
            this.fields.addAll(newFields);
        }
        this.partnerRefs = partnerRefs;
        this.partnerNames = partnerNames;
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }
}
