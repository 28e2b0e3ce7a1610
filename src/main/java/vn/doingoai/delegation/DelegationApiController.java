package vn.doingoai.delegation;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import vn.doingoai.common.PageResponse;
import vn.doingoai.common.PlainText;
import vn.doingoai.document.DocumentStore;

/**
 * {@code /api/v1/delegations}: the records, and the workflow's steps {@code approve}, {@code
 * reject}, {@code done} and {@code cancel}, each with the {@code version} it read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/delegations")
class DelegationApiController {

    /** The body of {@code approve} and {@code reject}. */
    record Decision(@PlainText(max = 100) String decisionNumber, LocalDate decisionDate, Long version) {}

    /** The body of {@code done}. */
    record Done(@PlainText(max = 20000) String reportText, Long version) {}

    /** The body of {@code cancel}. */
    record Step(Long version) {}

    private final Delegations delegations;
    private final DocumentStore documents;

    DelegationApiController(Delegations delegations, DocumentStore documents) {
        this.delegations = delegations;
        this.documents = documents;
    }

    @GetMapping
    PageResponse<DelegationData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DelegationDirection direction,
            @RequestParam(required = false) DelegationStatus status,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean counted,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0),
                Math.min(Math.max(size, 1), 500),
                Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id")));
        return PageResponse.of(
                delegations.list(
                        new DelegationFilter(unit, q, direction, status, country, from, to, counted), pageable),
                d -> d);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DelegationData create(@Valid @RequestBody DelegationData data) {
        return delegations.create(data);
    }

    @GetMapping("/{id}")
    DelegationData get(@PathVariable Long id) {
        return delegations.read(id);
    }

    @PutMapping("/{id}")
    DelegationData update(@PathVariable Long id, @Valid @RequestBody DelegationData data) {
        return delegations.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        delegations.delete(id);
    }

    @PostMapping("/{id}/approve")
    DelegationData approve(@PathVariable Long id, @Valid @RequestBody Decision decision) {
        return delegations.approve(id, decision.decisionNumber(), decision.decisionDate(), decision.version());
    }

    @PostMapping("/{id}/reject")
    DelegationData reject(@PathVariable Long id, @Valid @RequestBody(required = false) Decision decision) {
        Decision d = decision == null ? new Decision(null, null, null) : decision;
        return delegations.reject(id, d.decisionNumber(), d.decisionDate(), d.version());
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
        return delegations.cancel(id, step == null ? null : step.version());
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
