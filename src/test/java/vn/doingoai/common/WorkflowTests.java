package vn.doingoai.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.doingoai.common.Workflow.Actor;
import vn.doingoai.common.Workflow.Outcome;
import vn.doingoai.common.Workflow.Right;

/** The rules every workflow shares: allowed changes, the approver's right, and whose approval is kept. */
class WorkflowTests {

    enum Status {
        PROPOSED,
        APPROVED,
        DONE
    }

    static final Workflow<Status> RULES = Workflow.startingAt(
                    Status.PROPOSED, new Workflow.Fields("status", "number", "date", "approvedBy"))
            .creates(Right.WRITE, Status.PROPOSED)
            .creates(Right.APPROVE, Status.APPROVED, Status.DONE)
            .moves(Status.PROPOSED, Right.APPROVE, Status.APPROVED)
            .moves(Status.APPROVED, Right.WRITE, Status.DONE)
            .build();

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    static final Approval LEADERS = new Approval("12/QĐ", DAY, "leader");
    static final Actor OFFICER = new Actor("officer", false, false);
    static final Actor APPROVER = new Actor("leader2", true, false);
    static final Actor OFFICER_IMPORT = new Actor("officer", false, true);
    static final Actor APPROVER_IMPORT = new Actor("leader2", true, true);

    @Test
    void aChangeNotInTheTableIsInvalidForEveryone() {
        for (Actor actor : new Actor[] {OFFICER, APPROVER, APPROVER_IMPORT}) {
            Outcome<Status> back = RULES.decide(Status.DONE, LEADERS, Status.PROPOSED, null, actor);
            assertThat(back.invalid()).containsExactly(new FieldProblem("status", "workflow.transition.invalid"));
            assertThat(back.approval()).isEqualTo(LEADERS);
        }
        assertThat(RULES.decide(Status.PROPOSED, null, Status.DONE, null, APPROVER)
                        .invalid())
                .isNotEmpty();
        assertThatThrownBy(() -> RULES.decide(Status.DONE, LEADERS, Status.PROPOSED, null, OFFICER)
                        .orThrow())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void approvingTakesAnApproverAndRecordsWhoApproved() {
        Outcome<Status> refused = RULES.decide(Status.PROPOSED, null, Status.APPROVED, null, OFFICER);
        assertThat(refused.forbidden()).containsExactly(new FieldProblem("status", "workflow.approve.forbidden"));
        assertThatThrownBy(refused::orThrow).isInstanceOf(AccessDeniedException.class);
        assertThat(RULES.decide(null, null, Status.DONE, null, OFFICER_IMPORT).forbidden())
                .isNotEmpty();

        Outcome<Status> approved =
                RULES.decide(Status.PROPOSED, null, Status.APPROVED, Approval.of("7/QĐ", DAY, "someone"), APPROVER);
        assertThat(approved.problems()).isEmpty();
        assertThat(approved.approval()).isEqualTo(new Approval("7/QĐ", DAY, "leader2"));

        // an approver's import keeps the approver the document names, or else records the importer
        assertThat(RULES.decide(null, null, Status.DONE, LEADERS, APPROVER_IMPORT)
                        .approval())
                .isEqualTo(LEADERS);
        assertThat(RULES.decide(null, null, Status.DONE, Approval.of("1", null, null), APPROVER_IMPORT)
                        .approval()
                        .by())
                .isEqualTo("leader2");
    }

    @Test
    void aRecordedApprovalIsKeptOrChangedOnlyByAnApprover() {
        // an officer's write that leaves the approval out, or sends it back, keeps it
        assertThat(RULES.decide(Status.APPROVED, LEADERS, Status.DONE, Approval.NONE, OFFICER)
                        .approval())
                .isEqualTo(LEADERS);
        assertThat(RULES.decide(Status.APPROVED, LEADERS, null, LEADERS, OFFICER_IMPORT)
                        .problems())
                .isEmpty();
        // but may not change it
        assertThat(RULES.decide(Status.APPROVED, LEADERS, null, Approval.of("99/QĐ", null, null), OFFICER)
                        .forbidden())
                .containsExactly(new FieldProblem("number", "workflow.approval.forbidden"));
        assertThat(RULES.decide(Status.APPROVED, LEADERS, null, Approval.of(null, null, "me"), OFFICER_IMPORT)
                        .forbidden())
                .containsExactly(new FieldProblem("approvedBy", "workflow.approval.forbidden"));
        // an approver who changes it by a page or the API signs it
        assertThat(RULES.decide(Status.APPROVED, LEADERS, null, Approval.of("13/QĐ", null, null), APPROVER)
                        .approval())
                .isEqualTo(new Approval("13/QĐ", DAY, "leader2"));
    }

    @Test
    void aProposalsNumberIsADraftAndNamesNoApprover() {
        Outcome<Status> draft = RULES.decide(null, null, null, Approval.of(" 5/QĐ ", DAY, "someone"), OFFICER);
        assertThat(draft.status()).isEqualTo(Status.PROPOSED);
        assertThat(draft.approval()).isEqualTo(new Approval("5/QĐ", DAY, null));
        assertThat(RULES.decide(null, null, null, Approval.of(null, null, "someone"), OFFICER_IMPORT)
                        .forbidden())
                .containsExactly(new FieldProblem("approvedBy", "workflow.approve.forbidden"));
        // a write that leaves the draft out keeps it, and the approval that follows takes it over
        Approval draftOnly = new Approval("5/QĐ", DAY, null);
        assertThat(RULES.decide(Status.PROPOSED, draftOnly, null, Approval.NONE, OFFICER)
                        .approval())
                .isEqualTo(draftOnly);
        assertThat(RULES.decide(Status.PROPOSED, draftOnly, Status.APPROVED, null, APPROVER)
                        .approval())
                .isEqualTo(new Approval("5/QĐ", DAY, "leader2"));
    }

    @Test
    void theTableSaysWhatAUserMayDoNext() {
        assertThat(RULES.next(Status.PROPOSED, true, false)).isEmpty();
        assertThat(RULES.next(Status.PROPOSED, true, true)).containsExactly(Status.APPROVED);
        assertThat(RULES.next(Status.APPROVED, true, false)).containsExactly(Status.DONE);
        assertThat(RULES.choices(null, true, false)).containsExactly(Status.PROPOSED);
        assertThat(RULES.choices(Status.APPROVED, true, false)).containsExactly(Status.APPROVED, Status.DONE);
        assertThat(RULES.missingDecision(Approval.of("1", null, null)))
                .containsExactly(new FieldProblem("date", "validation.required"));
    }
}
