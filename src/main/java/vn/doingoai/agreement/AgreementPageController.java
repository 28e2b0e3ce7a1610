package vn.doingoai.agreement;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import vn.doingoai.document.DocumentStore;
import vn.doingoai.partner.PartnerRef;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;
import vn.doingoai.web.Steps;

/** The agreement pages: the list, an agreement's page with its activities and document, the form. */
@Controller
@RequestMapping("/agreements")
class AgreementPageController {

    private final Agreements agreements;
    private final AgreementWorkflow workflow;
    private final List<AgreementActivities> activities;
    private final vn.doingoai.partner.Partners partners;
    private final DocumentStore documents;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    AgreementPageController(
            Agreements agreements,
            List<AgreementActivities> activities,
            vn.doingoai.partner.Partners partners,
            DocumentStore documents,
            HistoryPage history,
            Access access,
            Units units,
            Forms forms,
            AgreementWorkflow workflow,
            ListPages listPages) {
        this.forms = forms;
        this.agreements = agreements;
        this.workflow = workflow;
        this.activities = activities;
        this.partners = partners;
        this.documents = documents;
        this.history = history;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("levels", AgreementLevel.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("allFields", CooperationField.values());
        model.addAttribute("today", LocalDate.now());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") AgreementFilter filter,
            @PageableDefault(size = 20, sort = "signedOn", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, AgreementColumns.LIST, agreements.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "agreement/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") AgreementFilter filter, Sort sort) {
        return listPages.excel(
                AgreementColumns.LIST, agreements.listAll(filter, sort.isSorted() ? sort : Sort.by("signedOn")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        AgreementData agreement = agreements.read(id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("partners", agreements.partnersOf(id));
        List<AgreementActivities.Activity> linked = new ArrayList<>();
        activities.forEach(a -> linked.addAll(a.activitiesOf(id)));
        linked.sort(Comparator.comparing(
                AgreementActivities.Activity::date, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("activities", linked);
        model.addAttribute("history", history.of("agreement", id));
        model.addAttribute("canWrite", access.canWrite(agreement.unit()));
        model.addAttribute("steps", workflow.steps(agreement));
        return "agreement/detail";
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> document(@PathVariable Long id) {
        return documents.download(agreements.document(id));
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new AgreementData(
                        null,
                        null,
                        null,
                        access.current().unitCode(),
                        AgreementLevel.PROVINCE,
                        "",
                        List.of(),
                        null,
                        null,
                        null,
                        List.of(),
                        AgreementStatus.PROPOSED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", agreements.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("statuses", workflow.choices((AgreementData) model.getAttribute("form")));
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        List<PartnerRef> all = new ArrayList<>(partners.choices());
        model.addAttribute("allPartners", all);
        return "agreement/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") AgreementData form,
            BindingResult binding,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(form, binding, model, d -> write(d, file), () -> agreements.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/agreements/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    private AgreementData write(AgreementData data, MultipartFile file) {
        AgreementData saved = data.id() == null ? agreements.create(data) : agreements.update(data.id(), data);
        if (file != null && !file.isEmpty()) {
            agreements.attach(saved.id(), () -> documents.store("agreement", file));
        }
        return saved;
    }

    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable Long id,
            @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> agreements.approve(id, decisionNumber, decisionDate, signedOn, version),
                "/agreements/" + id,
                () -> detail(id, model),
                model,
                redirect);
    }

    @PostMapping("/{id}/terminate")
    String terminate(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return Steps.take(
                () -> agreements.terminate(id, version), "/agreements/" + id, () -> detail(id, model), model, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        agreements.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/agreements";
    }
}
