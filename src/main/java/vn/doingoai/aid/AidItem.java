package vn.doingoai.aid;

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
import java.util.Comparator;
import java.util.List;
import vn.doingoai.common.Approvable;
import vn.doingoai.common.Approval;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;

@Entity
@Table(name = "aid_item")
class AidItem extends RecordEntity implements Approvable<AidStatus> {

    @Column(name = "donor_id")
    private Long donorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AidKind kind;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 5)
    private String sector;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 500)
    private String location;

    @Column(name = "approval_number", length = 200)
    private String approvalNumber;

    @Column(name = "approval_date")
    private LocalDate approvalDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AidStatus status = AidStatus.PROPOSED;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(length = 4000)
    private String description;

    /** The date of the earliest commitment, null without one: the item is new in the period holding it. */
    @Column(name = "first_commitment")
    private LocalDate firstCommitment;

    @ElementCollection
    @CollectionTable(name = "aid_transaction", joinColumns = @JoinColumn(name = "aid_item_id"))
    @OrderColumn(name = "position_index")
    private List<TransactionRow> transactions = new ArrayList<>();

    private transient String donorRef;
    private transient String donorName;

    @Override
    public String historyType() {
        return "aid";
    }

    @Override
    public Object historySnapshot() {
        return AidData.of(this, donorRef, false);
    }

    @Override
    protected String searchableText() {
        return String.join(
                " ",
                title,
                donorName == null ? "" : donorName,
                location == null ? "" : location,
                approvalNumber == null ? "" : approvalNumber,
                sector == null ? "" : sector);
    }

    Long getDonorId() {
        return donorId;
    }

    AidKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getSector() {
        return sector;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    String getLocation() {
        return location;
    }

    String getApprovalNumber() {
        return approvalNumber;
    }

    LocalDate getApprovalDate() {
        return approvalDate;
    }

    @Override
    public AidStatus getStatus() {
        return status;
    }

    /** The leader's decision: its number and date ({@code approvalNumber}, {@code approvalDate}) and the approving user. */
    @Override
    public Approval getApproval() {
        return new Approval(approvalNumber, approvalDate, approvedBy);
    }

    /** Sets the status and approval the workflow decided. */
    @Override
    public void decide(AidStatus status, Approval approval) {
        this.status = status;
        this.approvalNumber = approval.number();
        this.approvalDate = approval.date();
        this.approvedBy = approval.by();
    }

    String getDescription() {
        return description;
    }

    List<TransactionRow> getTransactions() {
        return transactions;
    }

    void remember(String donorRef, String donorName) {
        this.donorRef = donorRef;
        this.donorName = donorName;
    }

    /** Writes the data's values, but the status and approval (see {@link #decide}). */
    void apply(AidData data, Long donorId) {
        this.donorId = donorId;
        this.kind = data.kind();
        this.title = data.title().trim();
        this.sector = Text.blankToNull(data.sector());
        this.startDate = data.startDate();
        this.endDate = data.endDate();
        this.location = Text.blankToNull(data.location());
        this.description = Text.blankToNull(data.description());
        setUnitCode(data.unit().trim());
        List<TransactionRow> rows = data.transactions() == null
                ? List.of()
                : data.transactions().stream()
                        .sorted(Comparator.comparing(AidTransaction::date).thenComparing(AidTransaction::type))
                        .map(t -> new TransactionRow(
                                t.type(),
                                t.date(),
                                t.value().amount(),
                                t.value().currency()))
                        .toList();
        if (!same(rows)) {
            transactions.clear();
            transactions.addAll(rows);
        }
        this.firstCommitment = rows.stream()
                .filter(t -> t.type() == TransactionType.COMMITMENT)
                .map(TransactionRow::date)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
    }

    private boolean same(List<TransactionRow> rows) {
        if (rows.size() != transactions.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            TransactionRow a = rows.get(i);
            TransactionRow b = transactions.get(i);
            if (a.type() != b.type()
                    || !a.date().equals(b.date())
                    || !a.currency().equals(b.currency())
                    || a.amount().compareTo(b.amount()) != 0) {
                return false;
            }
        }
        return true;
    }
}
