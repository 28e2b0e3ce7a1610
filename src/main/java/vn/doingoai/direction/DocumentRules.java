package vn.doingoai.direction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;

/**
 * The rules of a policy document beyond its fields' constraints, the same for the API, the pages and
 * the dataset document: its unit exists; its number and symbol is not another document's of the
 * same unit; each task is assigned to the document's unit or an agency or commune under it, is due
 * on or after the date of issue, and has a ref of its own in the document.
 */
@Component
class DocumentRules {

    private final Units units;
    private final DocumentRepository repository;

    DocumentRules(Units units, DocumentRepository repository) {
        this.units = units;
        this.repository = repository;
    }

    /** The problems of a document, by path ({@code tasks[1].assignee}); {@code selfId} is its own id when it exists. */
    List<FieldProblem> validate(DocumentData data, Long selfId) {
        List<FieldProblem> problems = new ArrayList<>();
        String unit = Text.blankToNull(data.unit());
        boolean unitKnown = unit != null && units.exists(unit.trim());
        if (unit == null) {
            problems.add(new FieldProblem("unit", "validation.required"));
        } else if (!unitKnown) {
            problems.add(new FieldProblem("unit", "validation.unit.unknown"));
        }
        if (data.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (Text.isBlank(data.title())) {
            problems.add(new FieldProblem("title", "validation.required"));
        }
        if (data.issuedOn() == null) {
            problems.add(new FieldProblem("issuedOn", "validation.required"));
        }
        if (Text.isBlank(data.number())) {
            problems.add(new FieldProblem("number", "validation.required"));
        } else if (unitKnown && numberTaken(unit.trim(), data.number().trim(), selfId, data.ref())) {
            problems.add(new FieldProblem("number", "document.number.taken"));
        }
        UnitScope under = unitKnown ? units.reportScope(unit.trim(), false) : null;
        Set<String> refs = new HashSet<>();
        for (int i : data.taskIndexes()) {
            task("tasks[" + i + "].", data.tasks().get(i), data, under, refs, problems);
        }
        return problems;
    }

    private void task(
            String path,
            TaskData t,
            DocumentData data,
            UnitScope under,
            Set<String> refs,
            List<FieldProblem> problems) {
        if (t.ref() != null && !t.ref().isBlank() && !refs.add(t.ref().trim())) {
            problems.add(new FieldProblem(path + "ref", "task.ref.twice"));
        }
        if (Text.isBlank(t.assignee())) {
            problems.add(new FieldProblem(path + "assignee", "validation.required"));
        } else if (!units.exists(t.assignee().trim())) {
            problems.add(new FieldProblem(path + "assignee", "validation.unit.unknown"));
        } else if (under != null && !under.contains(t.assignee().trim())) {
            problems.add(new FieldProblem(path + "assignee", "task.assignee.outside"));
        }
        if (Text.isBlank(t.title())) {
            problems.add(new FieldProblem(path + "title", "validation.required"));
        }
        if (t.dueOn() == null) {
            problems.add(new FieldProblem(path + "dueOn", "validation.required"));
        } else if (data.issuedOn() != null && t.dueOn().isBefore(data.issuedOn())) {
            problems.add(new FieldProblem(path + "dueOn", "task.dueOn.beforeIssue"));
        }
        if (t.doneOn() != null && data.issuedOn() != null && t.doneOn().isBefore(data.issuedOn())) {
            problems.add(new FieldProblem(path + "doneOn", "task.doneOn.beforeIssue"));
        }
    }

    /** Whether another document of the unit has this number (the same record, by id or ref, excepted). */
    boolean numberTaken(String unit, String number, Long selfId, String selfRef) {
        String ref = Text.blankToNull(selfRef) == null ? null : selfRef.trim();
        return repository.findByUnitCodeAndNumberIgnoreCase(unit, number).stream()
                .anyMatch(d -> !d.getId().equals(selfId) && !d.getRef().equals(ref));
    }

    /** The key of a number within a unit, for finding it twice in one import. */
    static String numberKey(DocumentData data) {
        return data.unit().trim() + "\n" + data.number().trim().toUpperCase(Locale.ROOT);
    }
}
