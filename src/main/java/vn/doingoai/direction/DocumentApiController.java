package vn.doingoai.direction;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.PageResponse;
import vn.doingoai.document.DocumentStore;

/** {@code /api/v1/documents}, and the signed file at {@code /api/v1/documents/{id}/file}. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

    private final PolicyDocuments documents;
    private final DocumentStore files;

    DocumentApiController(PolicyDocuments documents, DocumentStore files) {
        this.documents = documents;
        this.files = files;
    }

    @GetMapping
    PageResponse<DocumentData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "issuedOn", "id"));
        return PageResponse.of(documents.list(new DocumentFilter(unit, q, kind, from, to), pageable), d -> d);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DocumentData create(@Valid @RequestBody DocumentData data) {
        return documents.create(data);
    }

    @GetMapping("/{id}")
    DocumentData get(@PathVariable Long id) {
        return documents.read(id);
    }

    @PutMapping("/{id}")
    DocumentData update(@PathVariable Long id, @Valid @RequestBody DocumentData data) {
        return documents.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        documents.delete(id);
    }

    /** Uploads the signed file (multipart field {@code file}), after the right to write the document. */
    @PostMapping(value = "/{id}/file", consumes = "multipart/form-data")
    DocumentData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return documents.attach(id, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "validation.required");
            }
            return files.store("document", file);
        });
    }

    @GetMapping("/{id}/file")
    ResponseEntity<FileSystemResource> download(@PathVariable Long id) {
        return files.download(documents.file(id));
    }
}
