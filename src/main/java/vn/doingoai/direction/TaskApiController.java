package vn.doingoai.direction;

import java.time.LocalDate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.common.PageResponse;
import vn.doingoai.web.Paging;

/**
 * {@code /api/v1/tasks}: the tasks of the user's units ({@code ?unit=&q=&state=OPEN|OVERDUE|DUE_SOON|
 * DONE|DONE_ON_TIME|ALL&from=&to=&on=}, {@code q} matching the title and the document's number without
 * diacritics), and their assignee's reports: {@code POST
 * /api/v1/tasks/{id}/notes} {@code {"text": ...}} and {@code POST /api/v1/tasks/{id}/done} {@code
 * {"doneOn": "2023-06-28"}} (today when left out). A user of another unit gets 403.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

    /** A progress note's text. */
    record NoteInput(String text) {}

    /** The day a task was done. */
    record DoneInput(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn) {}

    private final Tasks tasks;

    TaskApiController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    PageResponse<TaskView> list(
            TaskFilter filter,
            Pageable pageable,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging.checkRequested(page, size);
        return PageResponse.of(tasks.mine(filter, Paging.ordered(pageable, Sort.by("dueOn", "id"))));
    }

    @GetMapping("/{id}")
    TaskView get(@PathVariable Long id) {
        return tasks.read(id);
    }

    @PostMapping("/{id}/notes")
    TaskView note(@PathVariable Long id, @RequestBody NoteInput note) {
        return tasks.addNote(id, note.text());
    }

    @PostMapping("/{id}/done")
    TaskView done(@PathVariable Long id, @RequestBody(required = false) DoneInput done) {
        return tasks.markDone(id, done == null ? null : done.doneOn());
    }
}
