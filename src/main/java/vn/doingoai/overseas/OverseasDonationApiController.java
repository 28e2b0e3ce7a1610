package vn.doingoai.overseas;

import jakarta.validation.Valid;
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

/** {@code /api/v1/overseas-donations}. */
@RestController
@RequestMapping("/api/v1/overseas-donations")
class OverseasDonationApiController {

    private final OverseasDonations donations;

    OverseasDonationApiController(OverseasDonations donations) {
        this.donations = donations;
    }

    @GetMapping
    PageResponse<OverseasDonationData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String donor,
            @RequestParam(required = false) String currency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "receivedOn", "id"));
        return PageResponse.of(
                donations.list(new OverseasDonationFilter(unit, q, donor, currency, from, to), pageable),
                OverseasDonations.View::data);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OverseasDonationData create(@Valid @RequestBody OverseasDonationData data) {
        return donations.create(data);
    }

    @GetMapping("/{id}")
    OverseasDonationData get(@PathVariable Long id) {
        return donations.read(id).data();
    }

    @PutMapping("/{id}")
    OverseasDonationData update(@PathVariable Long id, @Valid @RequestBody OverseasDonationData data) {
        return donations.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        donations.delete(id);
    }
}
