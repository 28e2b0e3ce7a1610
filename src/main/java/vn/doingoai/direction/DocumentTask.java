package vn.doingoai.direction;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.doingoai.common.Text;

/**
 * A task a policy document assigns: part of its document (written with it, kept in its history),
 * with an id of its own so that its assignee can report on it.
 */
@Entity
@Table(name = "document_task")
class DocumentTask {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_task_seq")
    @SequenceGenerator(name = "document_task_seq", sequenceName = "document_task_seq", allocationSize = 50)
    private Long id;

    /** The document's id, for queries (the document writes the column). */
    @Column(name = "document_id", insertable = false, updatable = false)
    private Long documentId;

    @Column(nullable = false, length = 200)
    private String ref;

    @Column(nullable = false, length = 40)
    private String assignee;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    /** The title and the document's number, folded: what the task list's search matches. */
    @Column(name = "search_text", length = 1200)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "document_task_note", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position_index")
    private List<ProgressNote> notes = new ArrayList<>();

    Long getId() {
        return id;
    }

    Long getDocumentId() {
        return documentId;
    }

    String getRef() {
        return ref;
    }

    String getAssignee() {
        return assignee;
    }

    String getTitle() {
        return title;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    List<ProgressNote> getNotes() {
        return notes;
    }

    /**
     * The task as data: the API's with its id; the history's without its ref (a key, often made up by
     * the form, that the page would show as it is).
     */
    TaskData data(DocumentData.Shape shape) {
        boolean export = shape == DocumentData.Shape.EXPORT;
        return new TaskData(
                shape == DocumentData.Shape.IDENTITY ? id : null,
                shape == DocumentData.Shape.HISTORY ? null : ref,
                assignee,
                title,
                dueOn,
                doneOn,
                export && notes.isEmpty() ? null : List.copyOf(notes));
    }

    /** Writes the task's data; notes left out keep the task's notes. */
    void apply(TaskData data) {
        this.ref = data.ref() == null || data.ref().isBlank()
                ? (ref != null ? ref : "task-" + UUID.randomUUID().toString().substring(0, 13))
                : data.ref().trim();
        this.assignee = data.assignee().trim();
        this.title = data.title().trim();
        this.dueOn = data.dueOn();
        this.doneOn = data.doneOn();
        if (data.notes() != null && !notes.equals(data.notes())) {
            notes.clear();
            notes.addAll(data.notes());
        }
    }

    /** Keeps what the task list's search matches: the title and the number of its document. */
    void index(String documentNumber) {
        String folded = Text.foldAll(title, documentNumber);
        this.searchText = folded.length() > 1200 ? folded.substring(0, 1200) : folded;
    }

    void note(ProgressNote note) {
        notes.add(note);
    }

    void done(LocalDate day) {
        this.doneOn = day;
    }
}
