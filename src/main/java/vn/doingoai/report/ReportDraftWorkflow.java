package vn.doingoai.report;

import static vn.doingoai.report.ReportDraftStatus.APPROVED;
import static vn.doingoai.report.ReportDraftStatus.DRAFT;
import static vn.doingoai.report.ReportDraftStatus.SUBMITTED;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Approval;
import vn.doingoai.common.Workflow;
import vn.doingoai.common.Workflow.Right;
import vn.doingoai.user.Access;

/**
 * The approval of a report: an officer of the unit writes the draft and sends it (DRAFT →
 * SUBMITTED); an approver of the unit, or an admin, approves it (→ APPROVED, recorded with the
 * approver and the day) or returns it (→ DRAFT). Only a draft is edited; an approved report is
 * frozen for good.
 */
@Component
class ReportDraftWorkflow {

    static final Workflow<ReportDraftStatus> RULES = Workflow.startingAt(
                    DRAFT, new Workflow.Fields("status", "number", "approvedOn", "approvedBy"))
            .creates(Right.WRITE, DRAFT)
            .moves(DRAFT, Right.WRITE, SUBMITTED)
            .moves(SUBMITTED, Right.APPROVE, APPROVED, DRAFT)
            .build();

    private final Access access;

    ReportDraftWorkflow(Access access) {
        this.access = access;
    }

    void submit(ReportDraft draft) {
        access.checkWrite(draft.getUnitCode());
        RULES.step(draft, SUBMITTED, null, actor(draft), false);
    }

    /** Approves it, as decision {@code number} ("12/BC-SNgV") taken on {@code day} by the current user. */
    void approve(ReportDraft draft, String number, java.time.LocalDate day) {
        RULES.decide(draft, APPROVED, Approval.of(number, day, null), actor(draft))
                .orThrow()
                .applyTo(draft);
    }

    /** Checks, before anything is prepared, that the current user may approve it now (400, 403). */
    void checkApprove(ReportDraft draft) {
        RULES.decide(draft, APPROVED, null, actor(draft)).orThrow();
    }

    /** Returned to its writer: a draft again, with no approval. */
    void giveBack(ReportDraft draft) {
        RULES.decide(draft, DRAFT, null, actor(draft)).orThrow();
        draft.decide(DRAFT, Approval.NONE);
    }

    /** The steps the current user may take on a draft, for its page: {@code submit}, {@code approve}, {@code return}. */
    Set<String> steps(ReportDraft draft) {
        Set<String> steps = new LinkedHashSet<>();
        String unit = draft.getUnitCode();
        for (ReportDraftStatus s : RULES.next(draft.getStatus(), access.canWrite(unit), access.canApprove(unit))) {
            steps.add(s == SUBMITTED ? "submit" : s == APPROVED ? "approve" : "return");
        }
        return steps;
    }

    private Workflow.Actor actor(ReportDraft draft) {
        return new Workflow.Actor(access.current().username(), access.canApprove(draft.getUnitCode()), false);
    }
}
