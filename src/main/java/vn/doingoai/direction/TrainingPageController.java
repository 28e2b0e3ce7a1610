package vn.doingoai.direction;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The training pages: the list, a course's page, the form. */
@Controller
@RequestMapping("/trainings")
class TrainingPageController {

    private final Trainings trainings;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    TrainingPageController(
            Trainings trainings, HistoryPage history, Access access, Units units, Forms forms, ListPages listPages) {
        this.trainings = trainings;
        this.history = history;
        this.access = access;
        this.units = units;
        this.forms = forms;
        this.listPages = listPages;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") TrainingFilter filter,
            @PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, TrainingColumns.LIST, trainings.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "direction/trainings", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") TrainingFilter filter, Sort sort) {
        return listPages.excel(
                TrainingColumns.LIST, trainings.listAll(filter, sort.isSorted() ? sort : Sort.by("startDate")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        TrainingData training = trainings.read(id);
        model.addAttribute("training", training);
        model.addAttribute("history", history.of("training", id));
        model.addAttribute("canWrite", access.canWrite(training.unit()));
        return "direction/training";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new TrainingData(
                        null, null, null, access.current().unitCode(), "", null, null, null, null, null, null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", trainings.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        return "direction/training-form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") TrainingData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? trainings.create(d) : trainings.update(d.id(), d),
                        () -> trainings.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/trainings/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        trainings.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/trainings";
    }
}
