package vn.doingoai.direction;

import jakarta.persistence.criteria.Predicate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.Text;
import vn.doingoai.history.HistoryListener;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;
import vn.doingoai.user.CurrentUser;
import vn.doingoai.user.Role;

/**
 * The tasks of policy documents as their assignees work on them: the tasks of a user's unit (a
 * contributor's own unit; an officer's units, those under it included), a progress note, the day a
 * task was done. Only a user who may write the records of the assignee's unit reports on a task
 * (403 otherwise); the change is the document's, in its history.
 */
@Service
@Transactional
public class Tasks {

    /** Tasks due within this many days are "due soon" (the dashboard, the page's colour). */
    public static final int SOON_DAYS = 14;

    private final TaskRepository tasks;
    private final DocumentRepository documents;
    private final Access access;
    private final Validator validator;

    Tasks(TaskRepository tasks, DocumentRepository documents, Access access, Validator validator) {
        this.tasks = tasks;
        this.documents = documents;
        this.access = access;
        this.validator = validator;
    }

    /** The tasks of the user's units (and of {@code filter.unit}, within them), by due date. */
    @Transactional(readOnly = true)
    Page<TaskView> mine(TaskFilter filter, Pageable pageable) {
        Page<DocumentTask> page = tasks.findAll(specification(scope(filter.unit()), filter), pageable);
        return page.map(views(page.getContent()));
    }

    /** Every task of the user's units the filter keeps, in this order (the list's Excel export). */
    @Transactional(readOnly = true)
    List<TaskView> mineAll(TaskFilter filter, Sort sort) {
        List<DocumentTask> found = tasks.findAll(specification(scope(filter.unit()), filter), sort);
        return found.stream().map(views(found)).toList();
    }

    /** The units whose tasks a user works on: a contributor's own unit, else the units the user reads. */
    UnitScope scope(String unit) {
        CurrentUser me = access.current();
        UnitScope mine = me.role() == Role.CONTRIBUTOR ? UnitScope.of(List.of(me.unitCode())) : access.readable();
        return unit == null || unit.isBlank() ? mine : mine.intersect(access.scope(unit, true));
    }

    static Specification<DocumentTask> specification(UnitScope scope, TaskFilter filter) {
        LocalDate today = LocalDate.now();
        return (root, q, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (!scope.all()) {
                p.add(root.get("assignee").in(scope.codesForQuery()));
            }
            var due = root.<LocalDate>get("dueOn");
            var done = root.<LocalDate>get("doneOn");
            LocalDate on = filter.on();
            switch (filter.stateOrOpen()) {
                case OPEN -> p.add(cb.isNull(done));
                case OVERDUE -> p.add(
                        on == null
                                ? cb.and(cb.lessThan(due, today), cb.isNull(done))
                                : cb.and(
                                        cb.lessThanOrEqualTo(due, on),
                                        cb.or(cb.isNull(done), cb.greaterThan(done, on))));
                case DUE_SOON -> p.add(cb.and(cb.isNull(done), cb.between(due, today, today.plusDays(SOON_DAYS))));
                case DONE -> p.add(cb.isNotNull(done));
                case DONE_ON_TIME -> p.add(cb.and(cb.isNotNull(done), cb.lessThanOrEqualTo(done, due)));
                case ALL -> {}
            }
            if (filter.from() != null) {
                p.add(cb.greaterThanOrEqualTo(due, filter.from()));
            }
            if (filter.to() != null) {
                p.add(cb.lessThanOrEqualTo(due, filter.to()));
            }
            String pattern = Text.likePattern(filter.q());
            if (pattern != null) {
                p.add(cb.like(root.get("searchText"), pattern, '\\'));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /** The open tasks of a scope due before {@code until}, oldest deadline first (the dashboard). */
    @Transactional(readOnly = true)
    List<TaskView> openDueBefore(UnitScope scope, LocalDate until) {
        TaskFilter open = new TaskFilter(null, null, TaskState.OPEN, null, until, null);
        List<DocumentTask> found = tasks.findAll(specification(scope, open), Sort.by("dueOn", "id"));
        return found.stream().map(views(found)).toList();
    }

    /** Every task of a scope, for the calendar. */
    @Transactional(readOnly = true)
    List<TaskView> all(UnitScope scope) {
        TaskFilter all = TaskFilter.of(TaskState.ALL);
        List<DocumentTask> found = tasks.findAll(specification(scope, all), Sort.by("dueOn", "id"));
        return found.stream().map(views(found)).toList();
    }

    @Transactional(readOnly = true)
    TaskView read(Long id) {
        DocumentTask task = get(id);
        return views(List.of(task)).apply(task);
    }

    /** Adds a note on a task's progress, by the current user, today. */
    TaskView addNote(Long id, String text) {
        DocumentTask task = get(id);
        access.checkWrite(task.getAssignee());
        ProgressNote note = new ProgressNote(
                LocalDate.now(), HistoryListener.currentUsername(), text == null ? null : text.strip());
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<ProgressNote> v : validator.validate(note)) {
            problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        task.note(note);
        documentOf(task).taskChanged();
        tasks.flush();
        return read(id);
    }

    /** Marks a task done on {@code day} (today when not given); not a day still to come. */
    TaskView markDone(Long id, LocalDate day) {
        DocumentTask task = get(id);
        access.checkWrite(task.getAssignee());
        LocalDate doneOn = day == null ? LocalDate.now() : day;
        if (doneOn.isAfter(LocalDate.now())) {
            throw new InvalidInputException("doneOn", "task.doneOn.future");
        }
        PolicyDocument document = documentOf(task);
        if (doneOn.isBefore(document.getIssuedOn())) {
            throw new InvalidInputException("doneOn", "task.doneOn.beforeIssue");
        }
        task.done(doneOn);
        document.taskChanged();
        tasks.flush();
        return read(id);
    }

    /** A task the user may see: as its assignee's user, or as a reader of its document's unit. */
    private DocumentTask get(Long id) {
        DocumentTask task = tasks.findById(id).orElseThrow(() -> new NotFoundException("Task " + id));
        if (!access.canRead(task.getAssignee())) {
            access.checkRead(documentOf(task).getUnitCode());
        }
        return task;
    }

    private PolicyDocument documentOf(DocumentTask task) {
        return documents
                .findById(task.getDocumentId())
                .orElseThrow(() -> new NotFoundException("Document " + task.getDocumentId()));
    }

    /** How to show these tasks: their documents read in one query. */
    private Function<DocumentTask, TaskView> views(Collection<DocumentTask> found) {
        Set<Long> ids = found.stream().map(DocumentTask::getDocumentId).collect(Collectors.toSet());
        Map<Long, DocumentRef> refs = ids.isEmpty()
                ? Map.of()
                : documents.findAllById(ids).stream().collect(Collectors.toMap(PolicyDocument::getId, DocumentRef::of));
        LocalDate today = LocalDate.now();
        boolean mayWrite = access.canWriteAnything();
        return t -> new TaskView(
                t.getId(),
                t.getRef(),
                refs.get(t.getDocumentId()),
                t.getAssignee(),
                t.getTitle(),
                t.getDueOn(),
                t.getDoneOn(),
                List.copyOf(t.getNotes()),
                t.getDoneOn() == null && t.getDueOn().isBefore(today),
                t.getDoneOn() == null
                        && !t.getDueOn().isBefore(today)
                        && !t.getDueOn().isAfter(today.plusDays(SOON_DAYS)),
                mayWrite && access.canWrite(t.getAssignee()),
                refs.containsKey(t.getDocumentId())
                        && access.canRead(refs.get(t.getDocumentId()).unit()));
    }
}
