package vn.doingoai.report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.doingoai.common.Approvable;
import vn.doingoai.common.Approval;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.document.StoredDocument;

/**
 * A draft of the periodic report of a unit and period: the officer's text of each section (by the
 * section's key), the choices of issue, and its workflow ({@link ReportDraftWorkflow}). Once approved
 * it is frozen: its number, its texts and issue as signed, the figures at that moment and the Word
 * and PDF files made then.
 */
@Entity
@Table(name = "report_draft")
class ReportDraft extends RecordEntity implements Approvable<ReportDraftStatus> {

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "include_merged", nullable = false)
    private boolean includeMerged;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportDraftStatus status;

    @Column(name = "issuer_above", length = 300)
    private String issuerAbove;

    @Column(length = 300)
    private String issuer;

    @Column(length = 60)
    private String symbol;

    @Column(length = 200)
    private String place;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(length = 1000)
    private String subject;

    /** One recipient a line. */
    @Column(length = 6100)
    private String recipients;

    @Column(name = "signer_title", length = 200)
    private String signerTitle;

    @Column(name = "signer_name", length = 200)
    private String signerName;

    @Column(name = "number_unit", length = 40)
    private String numberUnit;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "number_seq")
    private Integer number;

    @Column(name = "approval_number", length = 100)
    private String approvalNumber;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    /** The summary's figures at approval, as JSON. */
    @Column(name = "frozen_figures")
    private String frozenFigures;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "path", column = @Column(name = "docx_path")),
        @AttributeOverride(name = "fileName", column = @Column(name = "docx_name")),
        @AttributeOverride(name = "contentType", column = @Column(name = "docx_type")),
        @AttributeOverride(name = "size", column = @Column(name = "docx_size"))
    })
    private StoredDocument docx;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "path", column = @Column(name = "pdf_path")),
        @AttributeOverride(name = "fileName", column = @Column(name = "pdf_name")),
        @AttributeOverride(name = "contentType", column = @Column(name = "pdf_type")),
        @AttributeOverride(name = "size", column = @Column(name = "pdf_size"))
    })
    private StoredDocument pdf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_draft_text", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyColumn(name = "section_key", length = 200)
    @Column(name = "body")
    private Map<String, String> texts = new LinkedHashMap<>();

    protected ReportDraft() {}

    ReportDraft(String unitCode, LocalDate from, LocalDate to, boolean includeMerged, String language) {
        setUnitCode(unitCode);
        this.periodFrom = from;
        this.periodTo = to;
        this.includeMerged = includeMerged;
        this.language = language;
        this.status = ReportDraftStatus.DRAFT;
    }

    @Override
    public String historyType() {
        return "report-draft";
    }

    @Override
    public Object historySnapshot() {
        return new Snapshot(
                getUnitCode(),
                periodFrom,
                periodTo,
                includeMerged,
                language,
                status,
                issue(),
                new TreeMap<>(texts),
                approvalNumber,
                approvedOn,
                approvedBy);
    }

    /** What the history keeps of a draft. */
    record Snapshot(
            String unit,
            LocalDate from,
            LocalDate to,
            boolean includeMerged,
            String language,
            ReportDraftStatus status,
            ReportIssue issue,
            Map<String, String> texts,
            String number,
            LocalDate approvedOn,
            String approvedBy) {}

    @Override
    protected String searchableText() {
        return subject == null ? "" : subject;
    }

    /** The choices of issue kept (blank parts take the defaults). */
    ReportIssue issue() {
        return new ReportIssue(
                issuerAbove,
                issuer,
                number,
                symbol,
                place,
                issuedOn,
                subject,
                recipientList(),
                signerTitle,
                signerName);
    }

    void write(ReportIssue issue) {
        this.issuerAbove = Text.blankToNull(issue.issuerAbove());
        this.issuer = Text.blankToNull(issue.issuer());
        this.symbol = Text.blankToNull(issue.symbol());
        this.place = Text.blankToNull(issue.place());
        this.issuedOn = issue.issuedOn();
        this.subject = Text.blankToNull(issue.subject());
        this.recipients = issue.recipients().isEmpty() ? null : String.join("\n", issue.recipients());
        this.signerTitle = Text.blankToNull(issue.signerTitle());
        this.signerName = issue.signerName() == null ? null : issue.signerName().strip();
    }

    void writeTexts(Map<String, String> kept) {
        texts.clear();
        kept.forEach((key, text) -> texts.put(key, text == null ? "" : text.strip()));
    }

    /** Freezes the approved report: its number, its issue and texts as signed, the figures, the files. */
    void freeze(
            String unit,
            int year,
            ReportIssue signed,
            Map<String, String> signedTexts,
            String figures,
            StoredDocument word,
            StoredDocument portable) {
        this.numberUnit = unit;
        this.numberYear = year;
        this.number = signed.number();
        write(signed);
        writeTexts(signedTexts);
        this.frozenFigures = figures;
        this.docx = word;
        this.pdf = portable;
    }

    private List<String> recipientList() {
        return recipients == null
                ? List.of()
                : Arrays.stream(recipients.split("\n"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    @Override
    public ReportDraftStatus getStatus() {
        return status;
    }

    @Override
    public Approval getApproval() {
        return new Approval(approvalNumber, approvedOn, approvedBy);
    }

    @Override
    public void decide(ReportDraftStatus status, Approval approval) {
        this.status = status;
        this.approvalNumber = approval.number();
        this.approvedOn = approval.date();
        this.approvedBy = approval.by();
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    LocalDate getPeriodTo() {
        return periodTo;
    }

    boolean isIncludeMerged() {
        return includeMerged;
    }

    String getLanguage() {
        return language;
    }

    Map<String, String> getTexts() {
        return texts;
    }

    String getFrozenFigures() {
        return frozenFigures;
    }

    StoredDocument getDocx() {
        return docx;
    }

    StoredDocument getPdf() {
        return pdf;
    }

    Integer getNumber() {
        return number;
    }
}
