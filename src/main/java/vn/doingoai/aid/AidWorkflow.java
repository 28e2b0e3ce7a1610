package vn.doingoai.aid;

import static vn.doingoai.aid.AidStatus.APPROVED;
import static vn.doingoai.aid.AidStatus.PROPOSED;
import static vn.doingoai.aid.AidStatus.REJECTED;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Approval;
import vn.doingoai.common.Workflow;
import vn.doingoai.common.Workflow.Right;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.user.Access;

/**
 * The approval workflow of aid items, on every path (pages, API, dataset). The province leader
 * approves (or rejects) foreign aid: only an approver of the item's unit or an admin moves an item
 * from PROPOSED to APPROVED or REJECTED, recording the decision's number and date ({@code
 * approvalNumber}, {@code approvalDate}) and the approving user. An item without a status is
 * PROPOSED; a decided item stays decided.
 */
@Component
class AidWorkflow {

    static final Workflow<AidStatus> RULES = Workflow.startingAt(
                    PROPOSED, new Workflow.Fields("status", "approvalNumber", "approvalDate", "approvedBy"))
            .creates(Right.WRITE, PROPOSED)
            .creates(Right.APPROVE, APPROVED, REJECTED)
            .moves(PROPOSED, Right.APPROVE, APPROVED, REJECTED)
            .build();

    /** How the dataset import reads the status and approval an item names. */
    static final RefImport.Approvals<AidData, AidStatus> IMPORT =
            new RefImport.Approvals<>(RULES, AidData::status, AidData::approval);

    private final Access access;

    AidWorkflow(Access access) {
        this.access = access;
    }

    /** The status and approval a write of {@code data} records: 400 for a change not allowed, 403 without the right. */
    Workflow.Outcome<AidStatus> check(AidItem existing, AidData data) {
        return RULES.decide(existing, data.status(), data.approval(), actor(data.unit()))
                .orThrow();
    }

    void approve(AidItem item, String number, LocalDate date) {
        decide(item, APPROVED, Approval.of(number, date, null), true);
    }

    void reject(AidItem item, String number, LocalDate date) {
        decide(item, REJECTED, Approval.of(number, date, null), false);
    }

    private void decide(AidItem item, AidStatus to, Approval given, boolean decisionRequired) {
        access.checkWrite(item.getUnitCode());
        RULES.step(item, to, given, actor(item.getUnitCode()), decisionRequired);
    }

    /** The steps the current user may take on an item, for its page: {@code approve}, {@code reject}. */
    Set<String> steps(AidData a) {
        Set<String> steps = new LinkedHashSet<>();
        for (AidStatus s : RULES.next(a.status(), access.canWrite(a.unit()), access.canApprove(a.unit()))) {
            steps.add(s == APPROVED ? "approve" : "reject");
        }
        return steps;
    }

    private Workflow.Actor actor(String unit) {
        boolean mayApprove = unit != null && !unit.isBlank() && access.canApprove(unit.trim());
        return new Workflow.Actor(access.current().username(), mayApprove, false);
    }
}
