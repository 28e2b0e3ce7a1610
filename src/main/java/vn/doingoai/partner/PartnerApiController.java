package vn.doingoai.partner;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

/** {@code /api/v1/partners}. */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerApiController {

    private final Partners partners;

    PartnerApiController(Partners partners) {
        this.partners = partners;
    }

    @GetMapping
    PageResponse<PartnerData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PartnerKind kind,
            @RequestParam(required = false) String country,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable =
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("name", "id"));
        return PageResponse.of(partners.list(new PartnerFilter(unit, q, kind, country), pageable), p -> p);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PartnerData create(@jakarta.validation.Valid @RequestBody PartnerData data) {
        return partners.create(data);
    }

    @GetMapping("/{id}")
    PartnerData get(@PathVariable Long id) {
        return partners.read(id);
    }

    @PutMapping("/{id}")
    PartnerData update(@PathVariable Long id, @jakarta.validation.Valid @RequestBody PartnerData data) {
        return partners.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        partners.delete(id);
    }
}
