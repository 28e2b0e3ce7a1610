package vn.doingoai.letter;

import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The letter pages: the list, a letter's page with its file, the form with the upload. */
@Controller
@RequestMapping("/letters")
class LetterPageController extends RecordFormPages<LetterData, LetterFilter, LetterData> {

    private final LetterBook letters;
    private final Partners partners;
    private final DocumentStore documents;

    LetterPageController(LetterBook letters, Partners partners, DocumentStore documents, PageParts parts) {
        super(parts, letters, RecordList.of(LetterColumns.LIST, letters), PageType.of("letter"));
        this.letters = letters;
        this.partners = partners;
        this.documents = documents;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("directions", LetterDirection.values());
        model.addAttribute("occasions", LetterOccasion.values());
    }

    @Override
    protected void listModel(LetterFilter filter, Model model) {
        model.addAttribute("allPartners", partners.choices());
    }

    @Override
    protected void details(Long id, Model model) {
        Letters.View letter = letters.view(id);
        model.addAttribute("letter", letter.data());
        model.addAttribute("partners", letter.partners());
        model.addAttribute("canWrite", parts.access().canWrite(letter.data().unit()));
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> document(@PathVariable Long id) {
        return documents.download(letters.document(id));
    }

    @Override
    protected LetterData blank() {
        return new LetterData(
                null,
                null,
                null,
                parts.access().current().unitCode(),
                LetterDirection.SENT,
                null,
                LetterOccasion.HOLIDAY,
                List.of(),
                "",
                null,
                null);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("allPartners", partners.choices());
    }

    /** The letter, then the file posted with it. */
    @Override
    protected LetterData write(LetterData data, MultipartFile file) {
        LetterData saved = super.write(data, file);
        if (file != null && !file.isEmpty()) {
            letters.attach(saved.id(), file);
        }
        return saved;
    }
}
