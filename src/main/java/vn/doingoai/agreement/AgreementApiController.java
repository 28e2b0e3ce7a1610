package vn.doingoai.agreement;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.web.RecordApi;
import vn.doingoai.web.Step;

/**
 * {@code /api/v1/agreements} (newest signing first), the signed document at {@code
 * /api/v1/agreements/{id}/document}, and the workflow's steps {@code approve} (an approver approves
 * the signing: status SIGNED) and {@code terminate}, each with the {@code version} it read (409 when
 * stale).
 */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementApiController extends RecordApi<AgreementData, AgreementFilter> {

    private final AgreementBook agreements;
    private final DocumentStore documents;

    AgreementApiController(AgreementBook agreements, DocumentStore documents) {
        super(agreements, Sort.by(Sort.Direction.DESC, "signedOn", "id"));
        this.agreements = agreements;
        this.documents = documents;
    }

    @PostMapping("/{id}/approve")
    AgreementData approve(@PathVariable Long id, @jakarta.validation.Valid @RequestBody AgreementDecision decision) {
        return agreements.approve(id, decision);
    }

    @PostMapping("/{id}/terminate")
    AgreementData terminate(@PathVariable Long id, @RequestBody(required = false) Step step) {
        return agreements.terminate(id, Step.version(step));
    }

    /** Uploads the signed document (multipart field {@code file}). */
    @PostMapping(value = "/{id}/document", consumes = "multipart/form-data")
    AgreementData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return agreements.attach(id, file);
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> download(@PathVariable Long id) {
        return documents.download(agreements.document(id));
    }
}
