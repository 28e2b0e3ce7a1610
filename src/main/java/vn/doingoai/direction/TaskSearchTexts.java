package vn.doingoai.direction;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once the application is up, gives the tasks written before their search text was kept (migration
 * V87) their folded title and document number, so that the task list finds them. Documents keep
 * their tasks' search text themselves from then on ({@link PolicyDocument#apply}).
 */
@Component
class TaskSearchTexts {

    private final TaskRepository tasks;
    private final DocumentRepository documents;

    TaskSearchTexts(TaskRepository tasks, DocumentRepository documents) {
        this.tasks = tasks;
        this.documents = documents;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fill() {
        List<DocumentTask> missing = tasks.findBySearchTextIsNull();
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, String> numbers =
                documents
                        .findAllById(missing.stream()
                                .map(DocumentTask::getDocumentId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PolicyDocument::getId, PolicyDocument::getNumber));
        missing.forEach(t -> t.index(numbers.getOrDefault(t.getDocumentId(), "")));
        tasks.flush();
    }
}
