package vn.doingoai.aid;

import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.common.PageResponse;

/**
 * {@code /api/v1/aid}, and the workflow's steps {@code approve} and {@code reject} (by an approver
 * of the item's unit), each with the {@code version} it read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/aid")
class AidApiController {

    /** The body of {@code approve} and {@code reject}: the decision's number and date. */
    record Decision(
            @jakarta.validation.constraints.Size(max = 200) String approvalNumber,
            LocalDate approvalDate,
            Long version) {}

    private final AidItems items;

    AidApiController(AidItems items) {
        this.items = items;
    }

    @GetMapping
    PageResponse<AidData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) AidKind kind,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String donor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean firstCommitment,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable =
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("startDate", "id"));
        return PageResponse.of(
                items.list(new AidFilter(unit, q, kind, sector, donor, from, to, firstCommitment), pageable), a -> a);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AidData create(@jakarta.validation.Valid @RequestBody AidData data) {
        return items.create(data);
    }

    @GetMapping("/{id}")
    AidData get(@PathVariable Long id) {
        return items.read(id);
    }

    @PutMapping("/{id}")
    AidData update(@PathVariable Long id, @jakarta.validation.Valid @RequestBody AidData data) {
        return items.update(id, data);
    }

    @PostMapping("/{id}/approve")
    AidData approve(@PathVariable Long id, @jakarta.validation.Valid @RequestBody Decision decision) {
        return items.approve(id, decision.approvalNumber(), decision.approvalDate(), decision.version());
    }

    @PostMapping("/{id}/reject")
    AidData reject(@PathVariable Long id, @jakarta.validation.Valid @RequestBody(required = false) Decision decision) {
        Decision d = decision == null ? new Decision(null, null, null) : decision;
        return items.reject(id, d.approvalNumber(), d.approvalDate(), d.version());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        items.delete(id);
    }
}
