package vn.doingoai.direction;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The policy document pages: the list, a document's page with its tasks and the records carrying it out, the form. */
@Controller
@RequestMapping("/documents")
class DocumentPageController extends RecordFormPages<DocumentData, DocumentFilter, DocumentData> {

    private final DocumentBook documents;
    private final List<DocumentActivities> activities;
    private final DocumentStore files;

    DocumentPageController(
            DocumentBook documents, List<DocumentActivities> activities, DocumentStore files, PageParts parts) {
        super(
                parts,
                documents,
                RecordList.of(DocumentColumns.LIST, documents),
                new PageType("direction/document", "document", "document"));
        this.documents = documents;
        this.activities = activities;
        this.files = files;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("today", LocalDate.now());
    }

    @Override
    protected void details(Long id, Model model) {
        DocumentData document = documents.read(id);
        model.addAttribute("document", document);
        List<DocumentActivities.Activity> linked = new ArrayList<>();
        activities.forEach(a -> linked.addAll(a.activitiesOf(id)));
        linked.sort(Comparator.comparing(
                DocumentActivities.Activity::date, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("activities", linked);
        model.addAttribute("canWrite", parts.access().canWrite(document.unit()));
    }

    @GetMapping("/{id}/file")
    ResponseEntity<FileSystemResource> file(@PathVariable Long id) {
        return files.download(documents.file(id));
    }

    @Override
    protected DocumentData blank() {
        return new DocumentData(
                null,
                null,
                null,
                parts.access().current().unitCode(),
                DocumentKind.PLAN,
                "",
                null,
                null,
                "",
                null,
                List.of(),
                null);
    }

    /** The data's {@code file} is the signed file's name: the form's file input is {@code upload}. */
    @Override
    protected String fileParameter() {
        return "upload";
    }

    /** The document, then the signed file posted with it. */
    @Override
    protected DocumentData write(DocumentData data, MultipartFile upload) {
        DocumentData saved = super.write(data, upload);
        if (upload != null && !upload.isEmpty()) {
            documents.attach(saved.id(), upload);
        }
        return saved;
    }
}
