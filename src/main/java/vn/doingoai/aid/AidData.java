package vn.doingoai.aid;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.doingoai.common.Approval;
import vn.doingoai.common.PlainText;
import vn.doingoai.common.RecordData;
import vn.doingoai.common.RefersTo;
import vn.doingoai.money.Money;

/**
 * An aid item in the shape of the dataset document and the API: {@code {"ref": "g1", "unit": "02",
 * "donor": "p5", "kind": "PROJECT", "title": "...", "sector": "12220", "startDate": "2021-02-01",
 * "endDate": "2022-12-31", "transactions": [...]}}, plus location, a description, and the approval:
 * {@code status} (PROPOSED when left out), the decision's {@code approvalNumber} and {@code
 * approvalDate}, and {@code approvedBy}, the approving user (see {@code AidWorkflow}). {@code
 * donor} is a partner's ref or id; {@code sector} an OECD-DAC 5-digit code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AidData(
        Long id,
        Long version,
        @PlainText(max = 200) String ref,
        @NotBlank @PlainText(max = 40) String unit,
        @RefersTo("partners") @PlainText(max = 200) String donor,
        @NotNull AidKind kind,
        @NotBlank @PlainText(max = 1000) String title,
        @PlainText(max = 5) String sector,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        List<@Valid @NotNull AidTransaction> transactions,
        @PlainText(max = 500) String location,
        @PlainText(max = 200) String approvalNumber,
        LocalDate approvalDate,
        @PlainText(max = 4000) String description,
        AidStatus status,
        @PlainText(max = 100) String approvedBy)
        implements RecordData {

    /** The approval the data names: the decision's number and date, and the approving user. */
    public Approval approval() {
        return Approval.of(approvalNumber, approvalDate, approvedBy);
    }

    /** An item without its status and approver: they are kept as they are (or PROPOSED when new). */
    public AidData(
            Long id,
            Long version,
            String ref,
            String unit,
            String donor,
            AidKind kind,
            String title,
            String sector,
            LocalDate startDate,
            LocalDate endDate,
            List<AidTransaction> transactions,
            String location,
            String approvalNumber,
            LocalDate approvalDate,
            String description) {
        this(
                id,
                version,
                ref,
                unit,
                donor,
                kind,
                title,
                sector,
                startDate,
                endDate,
                transactions,
                location,
                approvalNumber,
                approvalDate,
                description,
                null,
                null);
    }

    static AidData of(AidItem a, String donorRef, boolean withIdentity) {
        List<AidTransaction> transactions = a.getTransactions().stream()
                .map(t -> new AidTransaction(t.type(), t.date(), new Money(t.amount(), t.currency())))
                .toList();
        return new AidData(
                withIdentity ? a.getId() : null,
                withIdentity ? a.getVersion() : null,
                a.getRef(),
                a.getUnitCode(),
                donorRef,
                a.getKind(),
                a.getTitle(),
                a.getSector(),
                a.getStartDate(),
                a.getEndDate(),
                transactions.isEmpty() ? null : transactions,
                a.getLocation(),
                a.getApprovalNumber(),
                a.getApprovalDate(),
                a.getDescription(),
                a.getStatus(),
                a.getApproval().by());
    }
}
