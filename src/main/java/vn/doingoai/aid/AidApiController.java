package vn.doingoai.aid;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.doingoai.web.RecordApi;

/**
 * {@code /api/v1/aid} (by start date), and the workflow's steps {@code approve} and {@code reject}
 * (by an approver of the item's unit), each with the {@code version} it read (409 when stale).
 */
@RestController
@RequestMapping("/api/v1/aid")
class AidApiController extends RecordApi<AidData, AidFilter> {

    private final AidBook items;

    AidApiController(AidBook items) {
        super(items, Sort.by("startDate", "id"));
        this.items = items;
    }

    @PostMapping("/{id}/approve")
    AidData approve(@PathVariable Long id, @jakarta.validation.Valid @RequestBody AidDecision decision) {
        return items.approve(id, decision);
    }

    @PostMapping("/{id}/reject")
    AidData reject(
            @PathVariable Long id, @jakarta.validation.Valid @RequestBody(required = false) AidDecision decision) {
        return items.reject(id, decision == null ? AidDecision.NONE : decision);
    }
}
