package vn.doingoai.delegation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import vn.doingoai.agreement.Agreements;
import vn.doingoai.common.Countries;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/**
 * The delegation pages: the list with its counts ("N đoàn / M lượt người / K người"), a
 * delegation's page with the workflow's buttons, and the form (the people's pages are {@link
 * PersonPageController}'s).
 */
@Controller
@RequestMapping("/delegations")
class DelegationPageController extends RecordFormPages<DelegationData, DelegationFilter, DelegationData> {

    /** Empty member rows a form offers beyond the members it has (without JavaScript; with it, "add member"). */
    static final int EMPTY_MEMBER_ROWS = 5;

    private final DelegationBook delegations;
    private final DelegationWorkflow workflow;
    private final Partners partners;
    private final Agreements agreements;
    private final DocumentStore documents;

    DelegationPageController(
            DelegationBook delegations,
            DelegationWorkflow workflow,
            Partners partners,
            Agreements agreements,
            DocumentStore documents,
            PageParts parts) {
        super(parts, delegations, RecordList.of(DelegationColumns.LIST, delegations), PageType.of("delegation"));
        this.delegations = delegations;
        this.workflow = workflow;
        this.partners = partners;
        this.agreements = agreements;
        this.documents = documents;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("directions", DelegationDirection.values());
        model.addAttribute("statuses", DelegationStatus.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    @Override
    protected void listModel(DelegationFilter filter, Model model) {
        model.addAttribute("counts", delegations.counts(filter));
    }

    @Override
    protected void details(Long id, Model model) {
        DelegationView view = delegations.view(id);
        model.addAttribute("view", view);
        model.addAttribute("d", view.data());
        model.addAttribute("steps", workflow.steps(view.data()));
        model.addAttribute("today", LocalDate.now());
    }

    @Override
    protected DelegationData blank() {
        String unit = parts.access().current().unitCode();
        return new DelegationData(
                null,
                null,
                null,
                unit != null && parts.access().canWrite(unit) ? unit : null,
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
                null);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("allPartners", partners.choices());
        model.addAttribute("agreements", agreements.choices());
        model.addAttribute("emptyRows", EMPTY_MEMBER_ROWS);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable Long id, DelegationDecision decision, Model model, RedirectAttributes redirect) {
        return step(id, () -> delegations.approve(id, decision), model, redirect);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable Long id, DelegationDecision decision, Model model, RedirectAttributes redirect) {
        return step(id, () -> delegations.reject(id, decision), model, redirect);
    }

    @PostMapping("/{id}/done")
    String done(
            @PathVariable Long id,
            @RequestParam(required = false) String reportText,
            @RequestParam(required = false) Long version,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return step(id, () -> delegations.done(id, reportText, file, version), model, redirect);
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable Long id,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        return step(id, () -> delegations.cancel(id, version), model, redirect);
    }

    @GetMapping("/{id}/report")
    ResponseEntity<FileSystemResource> report(@PathVariable Long id) {
        return documents.download(delegations.report(id));
    }
}
