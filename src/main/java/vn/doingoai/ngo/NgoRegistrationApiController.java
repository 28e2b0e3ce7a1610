package vn.doingoai.ngo;

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

/** {@code /api/v1/ngo-registrations}. */
@RestController
@RequestMapping("/api/v1/ngo-registrations")
class NgoRegistrationApiController {

    private final NgoRegistrations registrations;

    NgoRegistrationApiController(NgoRegistrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping
    PageResponse<NgoRegistrationData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) RegistrationKind kind,
            @RequestParam(required = false) String ngo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by(Sort.Direction.DESC, "validFrom", "id"));
        return PageResponse.of(
                registrations.list(
                        new NgoRegistrationFilter(unit, q, kind, ngo, validOn, expiresBy, from, to), pageable),
                NgoRegistrations.View::data);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NgoRegistrationData create(@Valid @RequestBody NgoRegistrationData data) {
        return registrations.create(data);
    }

    @GetMapping("/{id}")
    NgoRegistrationData get(@PathVariable Long id) {
        return registrations.read(id).data();
    }

    @PutMapping("/{id}")
    NgoRegistrationData update(@PathVariable Long id, @Valid @RequestBody NgoRegistrationData data) {
        return registrations.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        registrations.delete(id);
    }
}
