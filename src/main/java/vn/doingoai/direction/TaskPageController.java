package vn.doingoai.direction;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.DateInput;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.web.ListPages;

/**
 * "Việc của tôi" ({@code /tasks}): the open tasks of the user's unit (an officer's: of the units
 * under it too), overdue ones marked, each with a form to add a progress note and one to mark it
 * done (its day typed {@code dd/mm/yyyy}). Filters as the figures' links use them (unit, state, due
 * date from–to, {@code on}) and a search without diacritics; sorted by a heading; the same list in
 * Excel ({@code ?format=xlsx}).
 */
@Controller
@RequestMapping("/tasks")
class TaskPageController {

    private static final Sort BY_DUE_DATE = Sort.by("dueOn", "id");

    private final Tasks tasks;
    private final ListPages listPages;

    TaskPageController(Tasks tasks, ListPages listPages) {
        this.tasks = tasks;
        this.listPages = listPages;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") TaskFilter filter,
            @PageableDefault(
                            size = 20,
                            sort = {"dueOn", "id"})
                    Pageable pageable,
            HttpServletRequest request,
            Model model) {
        Page<TaskView> page = tasks.mine(filter, pageable);
        String query = request.getQueryString();
        return show(filter, page, page.getContent(), "/tasks" + (query == null ? "" : "?" + query), model);
    }

    private String show(TaskFilter filter, Page<TaskView> page, List<TaskView> cards, String back, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("back", back);
        model.addAttribute("page", page);
        model.addAttribute("cards", cards);
        model.addAttribute("states", TaskState.values());
        model.addAttribute("state", filter.stateOrOpen());
        model.addAttribute("today", LocalDate.now());
        return "direction/tasks";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") TaskFilter filter, Sort sort) {
        return listPages.excel(TaskColumns.LIST, tasks.mineAll(filter, sort.isSorted() ? sort : BY_DUE_DATE));
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
            return again(id, e, text, null, model);
        }
        return saved(redirect, back);
    }

    /** Marks a task done on the day typed ({@code 28/6/2023}, or ISO), today when left empty. */
    @PostMapping("/{id}/done")
    String done(
            @PathVariable Long id,
            @RequestParam(required = false) String doneOn,
            @RequestParam(required = false) String back,
            Model model,
            RedirectAttributes redirect) {
        try {
            tasks.markDone(id, day(doneOn));
        } catch (InvalidInputException e) {
            return again(id, e, null, doneOn, model);
        }
        return saved(redirect, back);
    }

    private static LocalDate day(String typed) {
        try {
            return DateInput.parse(typed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("doneOn", DateInput.UNREADABLE);
        }
    }

    /**
     * The list of open tasks again, the task reported on first, with the problems beside its form and
     * what was typed kept.
     */
    private String again(Long id, InvalidInputException e, String text, String doneOn, Model model) {
        TaskFilter open = TaskFilter.of(null);
        Page<TaskView> page = tasks.mine(open, PageRequest.of(0, 20, BY_DUE_DATE));
        List<TaskView> cards = new ArrayList<>(List.of(tasks.read(id)));
        page.getContent().stream().filter(t -> !t.id().equals(id)).forEach(cards::add);
        model.addAttribute("problems", e.problems());
        model.addAttribute("failed", id);
        model.addAttribute("typedText", text);
        model.addAttribute("typedDoneOn", doneOn);
        return show(open, page, cards, "/tasks", model);
    }

    /** Back to the list the form was on ({@code /tasks?...} only), with "Đã lưu". */
    private static String saved(RedirectAttributes redirect, String back) {
        redirect.addFlashAttribute("saved", true);
        boolean local = back != null && back.matches("/tasks(\\?[A-Za-z0-9=&%._,+-]*)?");
        return "redirect:" + (local ? back : "/tasks");
    }
}
