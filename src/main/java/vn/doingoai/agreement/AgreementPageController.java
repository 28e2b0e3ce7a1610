package vn.doingoai.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The agreement pages: the list, an agreement's page with its activities and document, the form. */
@Controller
@RequestMapping("/agreements")
class AgreementPageController extends RecordFormPages<AgreementData, AgreementFilter, AgreementData> {

    private final AgreementBook agreements;
    private final AgreementWorkflow workflow;
    private final List<AgreementActivities> activities;
    private final Partners partners;
    private final DocumentStore documents;

    AgreementPageController(
            AgreementBook agreements,
            AgreementWorkflow workflow,
            List<AgreementActivities> activities,
            Partners partners,
            DocumentStore documents,
            PageParts parts) {
        super(parts, agreements, RecordList.of(AgreementColumns.LIST, agreements), PageType.of("agreement"));
        this.agreements = agreements;
        this.workflow = workflow;
        this.activities = activities;
        this.partners = partners;
        this.documents = documents;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("levels", AgreementLevel.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("allFields", CooperationField.values());
        model.addAttribute("today", LocalDate.now());
    }

    @Override
    protected void details(Long id, Model model) {
        AgreementData agreement = agreements.read(id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("partners", agreements.partnersOf(id));
        List<AgreementActivities.Activity> linked = new ArrayList<>();
        activities.forEach(a -> linked.addAll(a.activitiesOf(id)));
        linked.sort(Comparator.comparing(
                AgreementActivities.Activity::date, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("activities", linked);
        model.addAttribute("canWrite", parts.access().canWrite(agreement.unit()));
        model.addAttribute("steps", workflow.steps(agreement));
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> document(@PathVariable Long id) {
        return documents.download(agreements.document(id));
    }

    @Override
    protected AgreementData blank() {
        return new AgreementData(
                null,
                null,
                null,
                parts.access().current().unitCode(),
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
                null);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("statuses", workflow.choices((AgreementData) model.getAttribute("form")));
        model.addAttribute("allPartners", partners.choices());
    }

    /** The record, then the signed document posted with it. */
    @Override
    protected AgreementData write(AgreementData data, MultipartFile file) {
        AgreementData saved = super.write(data, file);
        if (file != null && !file.isEmpty()) {
            agreements.attach(saved.id(), file);
        }
        return saved;
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable Long id, AgreementDecision decision, Model model, RedirectAttributes redirect) {
        return step(id, () -> agreements.approve(id, decision), model, redirect);
    }

    @PostMapping("/{id}/terminate")
    String terminate(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return step(id, () -> agreements.terminate(id, version), model, redirect);
    }
}
