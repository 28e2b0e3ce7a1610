package vn.doingoai.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The approval workflow of one record type: which status changes are allowed, which right each
 * takes, and what approval a write records. A record type has one (e.g. {@code
 * DelegationWorkflow.RULES}), and every path that writes its records asks it: the pages, the API
 * and the dataset import.
 *
 * <ul>
 *   <li>A change that is not in the table is invalid, whoever asks (400 at the status field).
 *   <li>A change that takes {@link Right#APPROVE} needs an approver of the record's unit or an
 *       admin (403 otherwise). It records the decision with its approver: the writing user, or on
 *       an import by such a user, the approver the document names.
 *   <li>Once a record has an approver, its approval (number, date, approver) is changed only by
 *       someone who may approve; others may send it back as it is, or leave it out.
 *   <li>Before that, the number and date are a draft anyone who writes may prepare, and no one
 *       names an approver but an approver's import.
 *   <li>A number or date a write leaves out keeps the record's.
 * </ul>
 *
 * @param <S> the record type's status
 */
public final class Workflow<S extends Enum<S>> {

    /** The right a change takes. */
    public enum Right {
        WRITE,
        APPROVE
    }

    /** The names of the record's status and approval fields, for the problems' paths. */
    public record Fields(String status, String number, String date, String by) {}

    /**
     * Who writes: their user name, whether they may approve records of the unit written, and
     * whether the write is an import (which may carry a past approver's name).
     */
    public record Actor(String user, boolean mayApprove, boolean importing) {}

    /**
     * What a write may record: the status and the approval, unless there are problems: invalid
     * ones (a change the workflow does not allow) or forbidden ones (a right the user lacks).
     */
    public record Outcome<S extends Enum<S>>(
            S status, Approval approval, List<FieldProblem> invalid, List<FieldProblem> forbidden) {

        public List<FieldProblem> problems() {
            List<FieldProblem> all = new ArrayList<>(invalid);
            all.addAll(forbidden);
            return all;
        }

        /** Writes the decision into the record. */
        public <R extends Approvable<S>> R applyTo(R record) {
            record.decide(status, approval);
            return record;
        }

        /** For the pages and the API: this outcome, or 400 when invalid, else 403 when forbidden. */
        public Outcome<S> orThrow() {
            if (!invalid.isEmpty()) {
                throw new InvalidInputException(invalid);
            }
            if (!forbidden.isEmpty()) {
                throw new AccessDeniedException("Only an approver of the unit may decide: " + forbidden);
            }
            return this;
        }
    }

    private final S initial;
    private final Fields fields;
    /** The changes allowed from each status, and the right each takes; the key null is a new record. */
    private final Map<S, Map<S, Right>> moves;

    private Workflow(S initial, Fields fields, Map<S, Map<S, Right>> moves) {
        this.initial = initial;
        this.fields = fields;
        this.moves = moves;
    }

    /** A workflow whose new records start at {@code initial} unless they name another status. */
    public static <S extends Enum<S>> Builder<S> startingAt(S initial, Fields fields) {
        return new Builder<>(initial, fields);
    }

    public Fields fields() {
        return fields;
    }

    /** The status a write asks for: the one it names, else the record's, else the initial one. */
    public S target(S asked, S current) {
        return asked != null ? asked : current != null ? current : initial;
    }

    /** The right a change takes ({@code from} null: a new record), or empty when it is not allowed. */
    public Optional<Right> right(S from, S to) {
        if (from != null && from == to) {
            return Optional.of(Right.WRITE);
        }
        return Optional.ofNullable(moves.getOrDefault(from, Map.of()).get(to));
    }

    /** The statuses a user may move a record to from {@code from}, in the table's order. */
    public List<S> next(S from, boolean mayWrite, boolean mayApprove) {
        List<S> next = new ArrayList<>();
        moves.getOrDefault(from, Map.of()).forEach((to, right) -> {
            if (right == Right.APPROVE ? mayApprove : mayWrite) {
                next.add(to);
            }
        });
        return next;
    }

    /** The statuses a form may offer: the record's own (none when new) and those it may move to. */
    public List<S> choices(S from, boolean mayWrite, boolean mayApprove) {
        List<S> choices = new ArrayList<>();
        if (from != null) {
            choices.add(from);
        }
        choices.addAll(next(from, mayWrite, mayApprove));
        return choices;
    }

    /**
     * Checks a write of a record ({@code null} when new) and answers the status and approval it
     * records.
     */
    public Outcome<S> decide(Approvable<S> record, S asked, Approval given, Actor actor) {
        return record == null
                ? decide(null, null, asked, given, actor)
                : decide(record.getStatus(), record.getApproval(), asked, given, actor);
    }

    /**
     * Checks a write and answers the status and approval it records.
     *
     * @param from the record's status, null when the record is new
     * @param before the record's approval, null when new
     * @param asked the status the write names, null to keep the record's
     * @param given the approval the write names, null to keep the record's
     */
    public Outcome<S> decide(S from, Approval before, S asked, Approval given, Actor actor) {
        Approval was = before == null ? Approval.NONE : before;
        Approval sent = given == null ? Approval.NONE : given;
        // a number or date left out keeps the record's
        Approval kept = new Approval(or(sent.number(), was.number()), or(sent.date(), was.date()), was.by());
        S to = target(asked, from);
        Optional<Right> right = right(from, to);
        if (right.isEmpty()) {
            return problem(to, was, fields.status(), "workflow.transition.invalid", true);
        }
        if (right.get() == Right.APPROVE) {
            if (!actor.mayApprove()) {
                return problem(to, was, fields.status(), "workflow.approve.forbidden", false);
            }
            return ok(to, kept.withBy(actor.importing() && sent.by() != null ? sent.by() : actor.user()));
        }
        if (was.by() == null) {
            if (actor.importing() && sent.by() != null) {
                return actor.mayApprove()
                        ? ok(to, kept.withBy(sent.by()))
                        : problem(to, was, fields.by(), "workflow.approve.forbidden", false);
            }
            return ok(to, kept);
        }
        if (actor.importing() && sent.by() != null) {
            kept = kept.withBy(sent.by());
        }
        if (kept.equals(was)) {
            return ok(to, was);
        }
        if (!actor.mayApprove()) {
            return problem(to, was, changed(was, kept), "workflow.approval.forbidden", false);
        }
        return ok(to, actor.importing() ? kept : kept.withBy(actor.user()));
    }

    /**
     * A step of the pages or the API (approve, reject, cancel...): checks the change (400, 403), then
     * when {@code decisionRequired} the decision's number and date (400), and writes it.
     *
     * @param given the decision the step names, null to keep the record's
     */
    public void step(Approvable<S> record, S to, Approval given, Actor actor, boolean decisionRequired) {
        Outcome<S> outcome = decide(record, to, given, actor).orThrow();
        List<FieldProblem> missing = decisionRequired ? missingDecision(given) : List.of();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        outcome.applyTo(record);
    }

    /**
     * The problems of a decision taken by a step (approve, reject) that needs its number and date:
     * {@code validation.required} at the fields missing.
     */
    public List<FieldProblem> missingDecision(Approval given) {
        List<FieldProblem> problems = new ArrayList<>();
        if (given == null || given.number() == null) {
            problems.add(new FieldProblem(fields.number(), "validation.required"));
        }
        if (given == null || given.date() == null) {
            problems.add(new FieldProblem(fields.date(), "validation.required"));
        }
        return problems;
    }

    private String changed(Approval was, Approval now) {
        if (!Objects.equals(was.number(), now.number())) {
            return fields.number();
        }
        return Objects.equals(was.date(), now.date()) ? fields.by() : fields.date();
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    private Outcome<S> ok(S to, Approval approval) {
        return new Outcome<>(to, approval, List.of(), List.of());
    }

    private Outcome<S> problem(S to, Approval was, String field, String message, boolean invalid) {
        List<FieldProblem> problem = List.of(new FieldProblem(field, message));
        return new Outcome<>(to, was, invalid ? problem : List.of(), invalid ? List.of() : problem);
    }

    /** Builds the table of changes. */
    public static final class Builder<S extends Enum<S>> {
        private final S initial;
        private final Fields fields;
        private final Map<S, Map<S, Right>> moves = new HashMap<>();

        private Builder(S initial, Fields fields) {
            this.initial = initial;
            this.fields = fields;
        }

        /** New records may be made in these statuses, with this right. */
        @SafeVarargs
        public final Builder<S> creates(Right right, S... statuses) {
            return moves(null, right, statuses);
        }

        /** A record in {@code from} may move to these statuses, with this right. */
        @SafeVarargs
        public final Builder<S> moves(S from, Right right, S... to) {
            Map<S, Right> next = moves.computeIfAbsent(from, s -> new LinkedHashMap<>());
            Arrays.stream(to).forEach(s -> next.put(s, right));
            return this;
        }

        public Workflow<S> build() {
            Map<S, Map<S, Right>> table = new HashMap<>();
            moves.forEach((from, next) -> table.put(from, Collections.unmodifiableMap(new LinkedHashMap<>(next))));
            return new Workflow<>(initial, fields, Collections.unmodifiableMap(table));
        }
    }
}
