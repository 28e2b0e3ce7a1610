package vn.doingoai.delegation;

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
import java.util.Locale;
import java.util.Map;
import vn.doingoai.common.Approvable;
import vn.doingoai.common.Approval;
import vn.doingoai.common.Countries;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.direction.DocumentLinks;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.partner.PartnerRef;

@Entity
@Table(name = "delegation")
class Delegation extends RecordEntity implements DocumentLinks.Carrier, Approvable<DelegationStatus> {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DelegationDirection direction;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String purpose;

    @Column(name = "head_of_delegation", length = 300)
    private String headOfDelegation;

    @ElementCollection
    @CollectionTable(name = "delegation_country", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position_index")
    @Column(name = "country", length = 2)
    private List<String> countries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "delegation_partner", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position_index")
    @Column(name = "partner_id")
    private List<Long> partnerIds = new ArrayList<>();

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "funding_source", length = 500)
    private String fundingSource;

    @ElementCollection
    @CollectionTable(name = "delegation_member", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position_index")
    private List<Member> members = new ArrayList<>();

    /** The number of members as given, when their names are not known. */
    @Column(name = "member_count")
    private Integer memberCount;

    /** Lượt người: the named members, or the member count when there are none; kept for the figures. */
    @Column(nullable = false)
    private int persons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DelegationStatus status;

    @Column(name = "decision_number", length = 100)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "report_text")
    private String reportText;

    @Embedded
    private StoredDocument report;

    /** Set by the service before a write, for the history and the search text. */
    private transient Map<Long, PartnerRef> partnerRefs;

    @Column(name = "agreement_id")
    private Long agreementId;

    private transient String agreementRef;

    /** The policy document it carries out (its id, and its ref for the data shape: see {@code DelegationDocuments}). */
    @Column(name = "document_id")
    private Long documentId;

    private transient String documentRef;

    @Override
    public String historyType() {
        return "delegation";
    }

    @Override
    public Object historySnapshot() {
        return DelegationData.of(this, partnerRefs, false);
    }

    @Override
    protected String searchableText() {
        List<String> parts = new ArrayList<>();
        parts.add(getRef());
        parts.add(title);
        parts.add(purpose);
        parts.add(headOfDelegation);
        parts.add(fundingSource);
        parts.add(decisionNumber);
        for (String c : countries) {
            parts.add(c);
            parts.add(Countries.name(c, VI));
            parts.add(Countries.name(c, Locale.ENGLISH));
        }
        if (partnerRefs != null) {
            for (Long id : partnerIds) {
                PartnerRef p = partnerRefs.get(id);
                if (p != null) {
                    parts.add(p.nameVi());
                    parts.add(p.name());
                }
            }
        }
        for (Member m : members) {
            parts.add(m.name());
            parts.add(m.organization());
        }
        return String.join(
                " ", parts.stream().filter(s -> s != null && !s.isBlank()).toList());
    }

    DelegationDirection getDirection() {
        return direction;
    }

    String getTitle() {
        return title;
    }

    String getPurpose() {
        return purpose;
    }

    String getHeadOfDelegation() {
        return headOfDelegation;
    }

    List<String> getCountries() {
        return countries;
    }

    List<Long> getPartnerIds() {
        return partnerIds;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    String getFundingSource() {
        return fundingSource;
    }

    List<Member> getMembers() {
        return members;
    }

    Integer getMemberCount() {
        return memberCount;
    }

    int getPersons() {
        return persons;
    }

    @Override
    public DelegationStatus getStatus() {
        return status;
    }

    String getDecisionNumber() {
        return decisionNumber;
    }

    LocalDate getDecisionDate() {
        return decisionDate;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    String getReportText() {
        return reportText;
    }

    StoredDocument getReport() {
        return report;
    }

    Map<Long, PartnerRef> getPartnerRefs() {
        return partnerRefs;
    }

    /** The agreement this delegation carries out (its id, and its ref for the data shape). */
    void linkAgreement(Long agreementId, String agreementRef) {
        this.agreementId = agreementId;
        this.agreementRef = agreementRef;
    }

    Long getAgreementId() {
        return agreementId;
    }

    String getAgreementRef() {
        return agreementRef;
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

    void rememberPartnerRefs(Map<Long, PartnerRef> refs) {
        this.partnerRefs = refs;
    }

    /**
     * Writes the data's values, but the status and approval (see {@link #decide}); the partners and
     * members come resolved by the service.
     */
    void apply(DelegationData data, List<Long> newPartnerIds, List<Member> newMembers) {
        this.direction = data.direction();
        this.title = data.title().trim();
        this.purpose = Text.blankToNull(data.purpose());
        this.headOfDelegation = Text.blankToNull(data.headOfDelegation());
        setUnitCode(data.unit().trim());
        List<String> newCountries = data.countries() == null
                ? List.of()
                : data.countries().stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(Countries::code)
                        .distinct()
                        .toList();
        replace(countries, newCountries);
        replace(partnerIds, newPartnerIds);
        replace(members, newMembers);
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.fundingSource = Text.blankToNull(data.fundingSource());
        this.memberCount = data.memberCount();
        this.persons = members.isEmpty() ? (memberCount == null ? 0 : memberCount) : members.size();
        this.reportText = Text.blankToNull(data.reportText());
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }

    /** The approval: the decision's number and date, and the approving user. */
    @Override
    public Approval getApproval() {
        return new Approval(decisionNumber, decisionDate, approvedBy);
    }

    /** Sets the status and approval the workflow decided. */
    @Override
    public void decide(DelegationStatus status, Approval approval) {
        this.status = status;
        this.decisionNumber = approval.number();
        this.decisionDate = approval.date();
        this.approvedBy = approval.by();
    }

    /** The report after return: its text, and its file when one is given. */
    void writeReport(String reportText, StoredDocument document) {
        this.reportText = Text.blankToNull(reportText);
        if (document != null) {
            this.report = document;
        }
    }

    void attachReport(StoredDocument document) {
        this.report = document;
    }

    private static <T> void replace(List<T> current, List<T> next) {
        if (!current.equals(next)) {
            current.clear();
            current.addAll(next);
        }
    }
}
