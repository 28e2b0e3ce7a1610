package vn.doingoai.letter;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The letter pages: the list, a letter's page with its file, the form with the upload. */
@Controller
@RequestMapping("/letters")
class LetterPageController {

    private final Letters letters;
    private final Partners partners;
    private final DocumentStore documents;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    LetterPageController(
            Letters letters,
            Partners partners,
            DocumentStore documents,
            HistoryPage history,
            Access access,
            Units units,
            Forms forms,
            ListPages listPages) {
        this.letters = letters;
        this.partners = partners;
        this.documents = documents;
        this.history = history;
        this.access = access;
        this.units = units;
        this.forms = forms;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("directions", LetterDirection.values());
        model.addAttribute("occasions", LetterOccasion.values());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") LetterFilter filter,
            @PageableDefault(size = 20, sort = "date", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, LetterColumns.LIST, letters.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("allPartners", partners.choices());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "letter/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") LetterFilter filter, Sort sort) {
        return listPages.excel(LetterColumns.LIST, letters.listAll(filter, sort.isSorted() ? sort : Sort.by("date")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Letters.View letter = letters.read(id);
        model.addAttribute("letter", letter.data());
        model.addAttribute("partners", letter.partners());
        model.addAttribute("history", history.of("letter", id));
        model.addAttribute("canWrite", access.canWrite(letter.data().unit()));
        return "letter/detail";
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> document(@PathVariable Long id) {
        return documents.download(letters.document(id));
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new LetterData(
                        null,
                        null,
                        null,
                        access.current().unitCode(),
                        LetterDirection.SENT,
                        null,
                        LetterOccasion.HOLIDAY,
                        List.of(),
                        "",
                        null,
                        null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", letters.read(id).data());
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        model.addAttribute("allPartners", partners.choices());
        return "letter/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") LetterData form,
            BindingResult binding,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(form, binding, model, d -> write(d, file), () -> letters.read(form.id())
                        .data())
                .map(saved -> Forms.saved(redirect, "/letters/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    private LetterData write(LetterData data, MultipartFile file) {
        LetterData saved = data.id() == null ? letters.create(data) : letters.update(data.id(), data);
        if (file != null && !file.isEmpty()) {
            letters.attach(saved.id(), () -> documents.store("letter", file));
        }
        return saved;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        letters.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/letters";
    }
}
