package vn.doingoai.aid;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;
import vn.doingoai.web.Steps;

/** The aid pages: the list, an item's page with its transactions and totals in USD and VND, the form. */
@Controller
@RequestMapping("/aid")
class AidPageController {

    private final AidItems items;
    private final AidWorkflow workflow;
    private final Sectors sectors;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final vn.doingoai.partner.Partners partnerChoices;
    private final Forms forms;
    private final ListPages listPages;
    private final AidColumns columns;

    AidPageController(
            AidItems items,
            Sectors sectors,
            HistoryPage history,
            Access access,
            Units units,
            vn.doingoai.partner.Partners partnerChoices,
            Forms forms,
            AidWorkflow workflow,
            ListPages listPages,
            AidColumns columns) {
        this.forms = forms;
        this.workflow = workflow;
        this.partnerChoices = partnerChoices;
        this.items = items;
        this.sectors = sectors;
        this.history = history;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
        this.columns = columns;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", AidKind.values());
        model.addAttribute("types", TransactionType.values());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") AidFilter filter,
            @PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, columns.list, items.listViews(filter, pageable), access.canWriteAnything());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "aid/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") AidFilter filter, Sort sort) {
        return listPages.excel(columns.list, items.listAll(filter, sort.isSorted() ? sort : Sort.by("startDate")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        AidItems.View view = items.view(id);
        List<AidItems.Line> lines = items.lines(view.data());
        model.addAttribute("aid", view.data());
        model.addAttribute("donor", view.donor());
        model.addAttribute("lines", lines);
        model.addAttribute("totals", AidItems.totals(lines));
        model.addAttribute("sectorLabel", sectors.label(view.data().sector()));
        model.addAttribute("history", history.of("aid", id));
        model.addAttribute("canWrite", items.canWrite(view.data().unit()));
        model.addAttribute("steps", workflow.steps(view.data()));
        model.addAttribute("today", LocalDate.now());
        return "aid/detail";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", AidForm.blank());
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", AidForm.of(items.read(id)));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("partners", partnerChoices.choices());
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        model.addAttribute("sectors", sectors.all());
        return "aid/form";
    }

    @PostMapping
    String save(@ModelAttribute("form") AidForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.save(
                        form,
                        form.toData(),
                        form::field,
                        binding,
                        model,
                        d -> d.id() == null ? items.create(d) : items.update(d.id(), d),
                        () -> items.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/aid/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable Long id,
            @RequestParam(required = false) String approvalNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvalDate,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> items.approve(id, approvalNumber, approvalDate, version),
                "/aid/" + id,
                () -> detail(id, model),
                model,
                redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable Long id,
            @RequestParam(required = false) String approvalNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvalDate,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> items.reject(id, approvalNumber, approvalDate, version),
                "/aid/" + id,
                () -> detail(id, model),
                model,
                redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        items.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/aid";
    }
}
