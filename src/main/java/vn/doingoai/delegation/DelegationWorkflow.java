package vn.doingoai.delegation;

import static vn.doingoai.delegation.DelegationStatus.APPROVED;
import static vn.doingoai.delegation.DelegationStatus.CANCELLED;
import static vn.doingoai.delegation.DelegationStatus.DONE;
import static vn.doingoai.delegation.DelegationStatus.PROPOSED;
import static vn.doingoai.delegation.DelegationStatus.REJECTED;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.Approval;
import vn.doingoai.common.Workflow;
import vn.doingoai.common.Workflow.Right;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.user.Access;

/**
 * The approval workflow of delegations, on every path (pages, API, dataset): proposed, then
 * approved or rejected by an approver of the unit (or an admin), who records the decision's number
 * and date; an approved delegation is done (with its report) or cancelled by anyone who writes the
 * unit, a proposed one may be cancelled. A delegation recorded as approved, rejected or done from
 * the start (a past one) takes an approver too. Nothing goes back: a proposed delegation is not
 * made done without its approval, and a done one does not become proposed again.
 */
@Component
class DelegationWorkflow {

    static final Workflow<DelegationStatus> RULES = Workflow.startingAt(
                    PROPOSED, new Workflow.Fields("status", "decisionNumber", "decisionDate", "approvedBy"))
            .creates(Right.WRITE, PROPOSED, CANCELLED)
            .creates(Right.APPROVE, APPROVED, REJECTED, DONE)
            .moves(PROPOSED, Right.APPROVE, APPROVED, REJECTED)
            .moves(PROPOSED, Right.WRITE, CANCELLED)
            .moves(APPROVED, Right.WRITE, DONE, CANCELLED)
            .build();

    /** How the dataset import reads the status and approval a delegation names. */
    static final RefImport.Approvals<DelegationData, DelegationStatus> IMPORT =
            new RefImport.Approvals<>(RULES, DelegationData::status, DelegationData::approval);

    /** The page's name of the step that moves a delegation to each status. */
    private static final Map<DelegationStatus, String> STEPS =
            Map.of(APPROVED, "approve", REJECTED, "reject", DONE, "done", CANCELLED, "cancel");

    private final Access access;
    private final DocumentStore documents;

    DelegationWorkflow(Access access, DocumentStore documents) {
        this.access = access;
        this.documents = documents;
    }

    /** The status and approval a write of {@code data} records: 400 for a change not allowed, 403 without the right. */
    Workflow.Outcome<DelegationStatus> check(Delegation existing, DelegationData data) {
        return RULES.decide(existing, data.status(), data.approval(), actor(data.unit()))
                .orThrow();
    }

    void approve(Delegation d, String number, LocalDate date) {
        step(d, APPROVED, Approval.of(number, date, null), true);
    }

    void reject(Delegation d, String number, LocalDate date) {
        step(d, REJECTED, Approval.of(number, date, null), false);
    }

    /** Done, with the report after return; its file is stored only once the step is allowed. */
    void done(Delegation d, String reportText, MultipartFile file) {
        step(d, DONE, null, false);
        d.writeReport(reportText, documents.store("delegation", file));
    }

    void cancel(Delegation d) {
        step(d, CANCELLED, null, false);
    }

    private void step(Delegation d, DelegationStatus to, Approval given, boolean decisionRequired) {
        access.checkWrite(d.getUnitCode());
        RULES.step(d, to, given, actor(d.getUnitCode()), decisionRequired);
    }

    /** Which steps the current user may take on a delegation, for its page's buttons (and {@code edit}). */
    Set<String> steps(DelegationData d) {
        Set<String> steps = new HashSet<>();
        boolean write = access.canWrite(d.unit());
        RULES.next(d.status(), write, access.canApprove(d.unit())).forEach(s -> steps.add(STEPS.get(s)));
        if (write) {
            steps.add("edit");
        }
        return steps;
    }

    private Workflow.Actor actor(String unit) {
        boolean mayApprove = unit != null && !unit.isBlank() && access.canApprove(unit.trim());
        return new Workflow.Actor(access.current().username(), mayApprove, false);
    }
}
