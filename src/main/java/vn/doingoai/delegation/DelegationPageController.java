package vn.doingoai.delegation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.FileSystemResource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.Countries;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;
import vn.doingoai.web.Steps;

/**
 * The delegation pages: the list with its counts ("N đoàn / M lượt người / K người"), a
 * delegation's page with the workflow's buttons, and the form (the people's pages are {@link
 * PersonPageController}'s).
 */
@Controller
@RequestMapping("/delegations")
class DelegationPageController {

    /** Empty member rows a form offers beyond the members it has (without JavaScript; with it, "add member"). */
    static final int EMPTY_MEMBER_ROWS = 5;

    private final Delegations delegations;
    private final DelegationWorkflow workflow;
    private final Partners partners;
    private final vn.doingoai.agreement.Agreements agreements;
    private final HistoryPage history;
    private final DocumentStore documents;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    DelegationPageController(
            Delegations delegations,
            Partners partners,
            HistoryPage history,
            DocumentStore documents,
            Access access,
            Units units,
            vn.doingoai.agreement.Agreements agreements,
            Forms forms,
            DelegationWorkflow workflow,
            ListPages listPages) {
        this.forms = forms;
        this.delegations = delegations;
        this.workflow = workflow;
        this.partners = partners;
        this.agreements = agreements;
        this.history = history;
        this.documents = documents;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("directions", DelegationDirection.values());
        model.addAttribute("statuses", DelegationStatus.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") DelegationFilter filter,
            @PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, DelegationColumns.LIST, delegations.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("counts", delegations.counts(filter));
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "delegation/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") DelegationFilter filter, Sort sort) {
        return listPages.excel(
                DelegationColumns.LIST, delegations.listAll(filter, sort.isSorted() ? sort : Sort.by("startDate")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        DelegationView view = delegations.view(id);
        model.addAttribute("view", view);
        model.addAttribute("d", view.data());
        model.addAttribute("steps", workflow.steps(view.data()));
        model.addAttribute("history", history.of("delegation", id));
        model.addAttribute("today", LocalDate.now());
        return "delegation/detail";
    }

    @GetMapping("/new")
    String create(Model model) {
        String unit = access.current().unitCode();
        model.addAttribute(
                "form",
                new DelegationData(
                        null,
                        null,
                        null,
                        unit != null && access.canWrite(unit) ? unit : null,
                        DelegationDirection.OUTGOING,
                        "",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        List.of(),
                        null,
                        DelegationStatus.PROPOSED,
                        null,
                        null,
                        null,
                        null,
                        null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", delegations.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        model.addAttribute("allPartners", partners.choices());
        model.addAttribute("agreements", agreements.choices());
        model.addAttribute("emptyRows", EMPTY_MEMBER_ROWS);
        return "delegation/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") DelegationData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? delegations.create(d) : delegations.update(d.id(), d),
                        () -> delegations.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/delegations/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        delegations.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/delegations";
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable Long id,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> delegations.approve(id, decisionNumber, decisionDate, version),
                "/delegations/" + id,
                () -> detail(id, model),
                model,
                redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable Long id,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> delegations.reject(id, decisionNumber, decisionDate, version),
                "/delegations/" + id,
                () -> detail(id, model),
                model,
                redirect);
    }

    @PostMapping("/{id}/done")
    String done(
            @PathVariable Long id,
            @RequestParam(required = false) String reportText,
            @RequestParam(required = false) Long version,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> delegations.done(id, reportText, file, version),
                "/delegations/" + id,
                () -> detail(id, model),
                model,
                redirect);
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> delegations.cancel(id, version), "/delegations/" + id, () -> detail(id, model), model, redirect);
    }

    @GetMapping("/{id}/report")
    ResponseEntity<FileSystemResource> report(@PathVariable Long id) {
        return documents.download(delegations.report(id));
    }
}
