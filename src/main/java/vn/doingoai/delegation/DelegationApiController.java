package vn.doingoai.delegation;

import jakarta.validation.Valid;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.PlainText;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.web.RecordApi;
import vn.doingoai.web.Step;

/**
 * {@code /api/v1/delegations} (newest first): the records, and the workflow's steps {@code
 * approve}, {@code reject}, {@code done} and {@code cancel}, each with the {@code version} it read
 * (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/delegations")
class DelegationApiController extends RecordApi<DelegationData, DelegationFilter> {

    /** The body of {@code done}. */
    record Done(@PlainText(max = 20000) String reportText, Long version) {}

    private final DelegationBook delegations;
    private final DocumentStore documents;

    DelegationApiController(DelegationBook delegations, DocumentStore documents) {
        super(delegations, Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id")));
        this.delegations = delegations;
        this.documents = documents;
    }

    @PostMapping("/{id}/approve")
    DelegationData approve(@PathVariable Long id, @Valid @RequestBody DelegationDecision decision) {
        return delegations.approve(id, decision);
    }

    @PostMapping("/{id}/reject")
    DelegationData reject(@PathVariable Long id, @Valid @RequestBody(required = false) DelegationDecision decision) {
        return delegations.reject(id, decision == null ? DelegationDecision.NONE : decision);
    }

    @PostMapping(value = "/{id}/done", consumes = MediaType.APPLICATION_JSON_VALUE)
    DelegationData done(@PathVariable Long id, @Valid @RequestBody(required = false) Done done) {
        Done d = done == null ? new Done(null, null) : done;
        return delegations.done(id, d.reportText(), null, d.version());
    }

    /** The same step from a form: the report text and its file. */
    @PostMapping(value = "/{id}/done", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DelegationData doneWithFile(
            @PathVariable Long id,
            @RequestParam(required = false) String reportText,
            @RequestParam(required = false) Long version,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return delegations.done(id, reportText, file, version);
    }

    @PostMapping("/{id}/cancel")
    DelegationData cancel(@PathVariable Long id, @RequestBody(required = false) Step step) {
        return delegations.cancel(id, Step.version(step));
    }

    /** Adds or replaces the report file (multipart field {@code file}). */
    @PostMapping(value = "/{id}/report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DelegationData report(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return delegations.attachReport(id, file);
    }

    @GetMapping("/{id}/report")
    ResponseEntity<FileSystemResource> download(@PathVariable Long id) {
        return documents.download(delegations.report(id));
    }
}
