package vn.doingoai.agreement;

import static vn.doingoai.agreement.AgreementStatus.PROPOSED;
import static vn.doingoai.agreement.AgreementStatus.SIGNED;
import static vn.doingoai.agreement.AgreementStatus.TERMINATED;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.common.Approval;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.Workflow;
import vn.doingoai.common.Workflow.Right;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.user.Access;

/**
 * The approval workflow of agreements, on every path (pages, API, dataset). Signing a local
 * international agreement takes the province leader's approval: an agreement becomes SIGNED only
 * by an approver of its unit or an admin, who records the decision's number and date. A signed
 * agreement may be TERMINATED by anyone who writes its unit: the termination is a fact recorded,
 * the agreement keeps the approval of its signing (it still counts as signed in its period, and is
 * no longer in force). An agreement recorded as SIGNED or TERMINATED from the start (a past one)
 * takes an approver too. Nothing goes back to PROPOSED, and a terminated agreement stays so.
 */
@Component
class AgreementWorkflow {

    static final Workflow<AgreementStatus> RULES = Workflow.startingAt(
                    PROPOSED, new Workflow.Fields("status", "decisionNumber", "decisionDate", "approvedBy"))
            .creates(Right.WRITE, PROPOSED)
            .creates(Right.APPROVE, SIGNED, TERMINATED)
            .moves(PROPOSED, Right.APPROVE, SIGNED)
            .moves(SIGNED, Right.WRITE, TERMINATED)
            .build();

    /** How the dataset import reads the status and approval an agreement names. */
    static final RefImport.Approvals<AgreementData, AgreementStatus> IMPORT =
            new RefImport.Approvals<>(RULES, AgreementData::status, AgreementData::approval);

    private final Access access;

    AgreementWorkflow(Access access) {
        this.access = access;
    }

    /** The status and approval a write of {@code data} records: 400 for a change not allowed, 403 without the right. */
    Workflow.Outcome<AgreementStatus> check(Agreement existing, AgreementData data) {
        return RULES.decide(existing, data.status(), data.approval(), actor(data.unit()))
                .orThrow();
    }

    /** The approval of the signing, with its decision's number and date, and the day of signing if it had none. */
    void approve(Agreement a, String number, LocalDate date, LocalDate signedOn) {
        access.checkWrite(a.getUnitCode());
        Approval given = Approval.of(number, date, null);
        Workflow.Outcome<AgreementStatus> outcome =
                RULES.decide(a, SIGNED, given, actor(a.getUnitCode())).orThrow();
        List<FieldProblem> problems = RULES.missingDecision(given);
        LocalDate day = signedOn != null ? signedOn : a.getSignedOn();
        if (day == null) {
            problems.add(new FieldProblem("signedOn", "agreement.signedOn.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        a.signOn(day);
        outcome.applyTo(a);
    }

    /** A signed agreement ended: it keeps the approval of its signing. */
    void terminate(Agreement a) {
        access.checkWrite(a.getUnitCode());
        RULES.step(a, TERMINATED, null, actor(a.getUnitCode()), false);
    }

    /** The steps the current user may take on an agreement, for its page: {@code approve}, {@code terminate}. */
    Set<String> steps(AgreementData a) {
        Set<String> steps = new LinkedHashSet<>();
        for (AgreementStatus s : RULES.next(a.status(), access.canWrite(a.unit()), access.canApprove(a.unit()))) {
            steps.add(s == SIGNED ? "approve" : "terminate");
        }
        return steps;
    }

    /** The statuses the form may offer for an agreement (a new one when it has no id). */
    List<AgreementStatus> choices(AgreementData form) {
        String unit = form.unit() == null ? null : form.unit().trim();
        return RULES.choices(form.id() == null ? null : form.status(), true, unit != null && access.canApprove(unit));
    }

    private Workflow.Actor actor(String unit) {
        boolean mayApprove = unit != null && !unit.isBlank() && access.canApprove(unit.trim());
        return new Workflow.Actor(access.current().username(), mayApprove, false);
    }
}
