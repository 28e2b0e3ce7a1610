package vn.doingoai.direction;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The policy document pages: the list, a document's page with its tasks and the records carrying it out, the form. */
@Controller
@RequestMapping("/documents")
class DocumentPageController {

    private final PolicyDocuments documents;
    private final List<DocumentActivities> activities;
    private final DocumentStore files;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    DocumentPageController(
            PolicyDocuments documents,
            List<DocumentActivities> activities,
            DocumentStore files,
            HistoryPage history,
            Access access,
            Units units,
            Forms forms,
            ListPages listPages) {
        this.documents = documents;
        this.activities = activities;
        this.files = files;
        this.history = history;
        this.access = access;
        this.units = units;
        this.forms = forms;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("today", LocalDate.now());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") DocumentFilter filter,
            @PageableDefault(size = 20, sort = "issuedOn", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, DocumentColumns.LIST, documents.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "direction/documents", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") DocumentFilter filter, Sort sort) {
        return listPages.excel(
                DocumentColumns.LIST, documents.listAll(filter, sort.isSorted() ? sort : Sort.by("issuedOn")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        DocumentData document = documents.read(id);
        model.addAttribute("document", document);
        List<DocumentActivities.Activity> linked = new ArrayList<>();
        activities.forEach(a -> linked.addAll(a.activitiesOf(id)));
        linked.sort(Comparator.comparing(
                DocumentActivities.Activity::date, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("activities", linked);
        model.addAttribute("history", history.of("document", id));
        model.addAttribute("canWrite", access.canWrite(document.unit()));
        return "direction/document";
    }

    @GetMapping("/{id}/file")
    ResponseEntity<FileSystemResource> file(@PathVariable Long id) {
        return files.download(documents.file(id));
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new DocumentData(
                        null,
                        null,
                        null,
                        access.current().unitCode(),
                        DocumentKind.PLAN,
                        "",
                        null,
                        null,
                        "",
                        null,
                        List.of(),
                        null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", documents.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        return "direction/document-form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") DocumentData form,
            BindingResult binding,
            @RequestParam(value = "upload", required = false) MultipartFile upload,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(form, binding, model, d -> write(d, upload), () -> documents.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/documents/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    private DocumentData write(DocumentData data, MultipartFile upload) {
        DocumentData saved = data.id() == null ? documents.create(data) : documents.update(data.id(), data);
        if (upload != null && !upload.isEmpty()) {
            documents.attach(saved.id(), () -> files.store("document", upload));
        }
        return saved;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        documents.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/documents";
    }
}
