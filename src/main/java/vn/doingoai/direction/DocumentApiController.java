package vn.doingoai.direction;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.web.RecordApi;

/** {@code /api/v1/documents}, the latest issued first, and the signed file at {@code /api/v1/documents/{id}/file}. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController extends RecordApi<DocumentData, DocumentFilter> {

    private final DocumentBook documents;
    private final DocumentStore files;

    DocumentApiController(DocumentBook documents, DocumentStore files) {
        super(documents, Sort.by(Sort.Direction.DESC, "issuedOn", "id"));
        this.documents = documents;
        this.files = files;
    }

    /** Uploads the signed file (multipart field {@code file}), after the right to write the document. */
    @PostMapping(value = "/{id}/file", consumes = "multipart/form-data")
    DocumentData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return documents.attach(id, file);
    }

    @GetMapping("/{id}/file")
    ResponseEntity<FileSystemResource> download(@PathVariable Long id) {
        return files.download(documents.file(id));
    }
}
