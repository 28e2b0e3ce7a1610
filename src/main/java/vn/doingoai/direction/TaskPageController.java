package vn.doingoai.direction;

import java.time.LocalDate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.InvalidInputException;

/**
 * "Việc của tôi" ({@code /tasks}): the open tasks of the user's unit (an officer's: of the units
 * under it too), overdue ones marked, each with a form to add a progress note and one to mark it
 * done. Filters as the figures' links use them: unit, state, due date from–to, {@code on}.
 */
@Controller
@RequestMapping("/tasks")
class TaskPageController {

    private final Tasks tasks;

    TaskPageController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") TaskFilter filter,
            @PageableDefault(
                            size = 20,
                            sort = {"dueOn", "id"})
                    Pageable pageable,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        model.addAttribute(
                "back",
                "/tasks" + (request == null || request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        model.addAttribute("page", tasks.mine(filter, pageable));
        model.addAttribute("states", TaskState.values());
        model.addAttribute("state", filter.stateOrOpen());
        model.addAttribute("today", LocalDate.now());
        return "direction/tasks";
    }

    @PostMapping("/{id}/notes")
    String note(
            @PathVariable Long id,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        try {
            tasks.addNote(id, text);
        } catch (InvalidInputException e) {
            return again(id, e, text, model);
        }
        return saved(redirect, back);
    }

    @PostMapping("/{id}/done")
    String done(
            @PathVariable Long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        try {
            tasks.markDone(id, doneOn);
        } catch (InvalidInputException e) {
            return again(id, e, null, model);
        }
        return saved(redirect, back);
    }

    /** The list again, the problems beside the task's form and the text as typed. */
    private String again(Long id, InvalidInputException e, String text, Model model) {
        model.addAttribute("problems", e.problems());
        model.addAttribute("failed", id);
        model.addAttribute("typedText", text);
        TaskFilter open = new TaskFilter(null, null, null, null, null);
        model.addAttribute("filter", open);
        return list(open, org.springframework.data.domain.PageRequest.of(0, 20, Sort.by("dueOn", "id")), null, model);
    }

    /** Back to the list the form was on ({@code /tasks?...} only), with "Đã lưu". */
    private static String saved(RedirectAttributes redirect, String back) {
        redirect.addFlashAttribute("saved", true);
        boolean local = back != null && back.matches("/tasks(\\?[A-Za-z0-9=&%._,+-]*)?");
        return "redirect:" + (local ? back : "/tasks");
    }
}
