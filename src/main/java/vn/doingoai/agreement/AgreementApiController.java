package vn.doingoai.agreement;

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

/**
 * {@code /api/v1/agreements}, the signed document at {@code /api/v1/agreements/{id}/document}, and
 * the workflow's steps {@code approve} (an approver approves the signing: status SIGNED) and {@code
 * terminate}, each with the {@code version} it read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementApiController {

    /** The body of {@code approve}: the decision, and the day of signing when the agreement has none. */
    record Decision(
            @jakarta.validation.constraints.Size(max = 100) String decisionNumber,
            LocalDate decisionDate,
            LocalDate signedOn,
            Long version) {}

    /** The body of {@code terminate}. */
    record Step(Long version) {}

    private final Agreements agreements;
    private final DocumentStore documents;

    AgreementApiController(Agreements agreements, DocumentStore documents) {
        this.agreements = agreements;
        this.documents = documents;
    }

    @GetMapping
    PageResponse<AgreementData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AgreementLevel level,
            @RequestParam(required = false) AgreementStatus status,
            @RequestParam(required = false) Boolean inForce,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "signedOn", "id"));
        return PageResponse.of(
                agreements.list(new AgreementFilter(unit, q, level, status, inForce, on, from, to), pageable), a -> a);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AgreementData create(@jakarta.validation.Valid @RequestBody AgreementData data) {
        return agreements.create(data);
    }

    @GetMapping("/{id}")
    AgreementData get(@PathVariable Long id) {
        return agreements.read(id);
    }

    @PutMapping("/{id}")
    AgreementData update(@PathVariable Long id, @jakarta.validation.Valid @RequestBody AgreementData data) {
        return agreements.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        agreements.delete(id);
    }

    @PostMapping("/{id}/approve")
    AgreementData approve(@PathVariable Long id, @jakarta.validation.Valid @RequestBody Decision decision) {
        return agreements.approve(
                id, decision.decisionNumber(), decision.decisionDate(), decision.signedOn(), decision.version());
    }

    @PostMapping("/{id}/terminate")
    AgreementData terminate(@PathVariable Long id, @RequestBody(required = false) Step step) {
        return agreements.terminate(id, step == null ? null : step.version());
    }

    /** Uploads the signed document (multipart field {@code file}). */
    @PostMapping(value = "/{id}/document", consumes = "multipart/form-data")
    AgreementData upload(@PathVariable Long id, @RequestPart("file") MultipartFile file) {
        return agreements.attach(id, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "validation.required");
            }
            return documents.store("agreement", file);
        });
    }

    @GetMapping("/{id}/document")
    ResponseEntity<FileSystemResource> download(@PathVariable Long id) {
        return documents.download(agreements.document(id));
    }
}
