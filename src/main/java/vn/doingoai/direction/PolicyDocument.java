package vn.doingoai.direction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.Text;
import vn.doingoai.document.StoredDocument;

/**
 * A policy document (văn bản chỉ đạo, điều hành) and its tasks. A change of a task (a progress note,
 * the day it was done) raises {@code taskRevision}, so that the document's version and history
 * follow its tasks.
 */
@Entity
@Table(name = "policy_document")
class PolicyDocument extends RecordEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(nullable = false, length = 100)
    private String number;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(length = 300)
    private String issuer;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Embedded
    private StoredDocument file;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "document_id", nullable = false)
    @OrderColumn(name = "position_index")
    private List<DocumentTask> tasks = new ArrayList<>();

    @Column(name = "task_revision", nullable = false)
    private int taskRevision;

    @Override
    public String historyType() {
        return "document";
    }

    @Override
    public Object historySnapshot() {
        return DocumentData.of(this, DocumentData.Shape.HISTORY);
    }

    @Override
    protected String searchableText() {
        StringBuilder text = new StringBuilder(number).append(' ').append(title);
        if (issuer != null) {
            text.append(' ').append(issuer);
        }
        tasks.forEach(t -> text.append(' ').append(t.getTitle()));
        return text.toString();
    }

    DocumentKind getKind() {
        return kind;
    }

    String getNumber() {
        return number;
    }

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    String getIssuer() {
        return issuer;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    StoredDocument getFile() {
        return file;
    }

    List<DocumentTask> getTasks() {
        return tasks;
    }

    void setFile(StoredDocument file) {
        this.file = file;
    }

    /** Writes the document's data and its tasks (matched by ref, else by id; the others removed). */
    void apply(DocumentData data) {
        this.kind = data.kind();
        this.number = data.number().trim();
        this.issuedOn = data.issuedOn();
        this.issuer = Text.blankToNull(data.issuer());
        this.title = data.title().trim();
        this.summary = Text.blankToNull(data.summary());
        setUnitCode(data.unit().trim());
        if (data.ref() != null && !data.ref().isBlank()) {
            setRef(data.ref().trim());
        }
        List<TaskData> before =
                tasks.stream().map(t -> t.data(DocumentData.Shape.EXPORT)).toList();
        Map<String, DocumentTask> byRef = new HashMap<>();
        Map<Long, DocumentTask> byId = new HashMap<>();
        tasks.forEach(t -> {
            byRef.put(t.getRef(), t);
            byId.put(t.getId(), t);
        });
        List<DocumentTask> next = new ArrayList<>();
        for (int i : data.taskIndexes()) {
            TaskData item = data.tasks().get(i);
            DocumentTask task = item.ref() != null && !item.ref().isBlank()
                    ? byRef.remove(item.ref().trim())
                    : item.id() == null ? null : byId.get(item.id());
            if (task == null || next.contains(task)) {
                task = new DocumentTask();
            }
            task.apply(item);
            next.add(task);
        }
        if (!tasks.equals(next)) {
            tasks.clear();
            tasks.addAll(next);
        }
        tasks.forEach(t -> t.index(number));
        List<TaskData> after =
                tasks.stream().map(t -> t.data(DocumentData.Shape.EXPORT)).toList();
        if (!before.equals(after)) {
            taskRevision++;
        }
    }

    /** A task of this document changed by its assignee: the document's version and history follow. */
    void taskChanged() {
        taskRevision++;
    }
}
