package vn.doingoai.investment;

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

/** {@code /api/v1/investments}. */
@RestController
@RequestMapping("/api/v1/investments")
class InvestmentApiController {

    private final Investments investments;

    InvestmentApiController(Investments investments) {
        this.investments = investments;
    }

    @GetMapping
    PageResponse<InvestmentData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) InvestmentStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Boolean adjusted,
            @RequestParam(required = false) Boolean movement,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
            @RequestParam(required = false) String investor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable =
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), Sort.by("registeredOn", "id"));
        return PageResponse.of(
                investments.list(
                        new InvestmentFilter(
                                unit, q, country, status, from, to, adjusted, activeOn, investor, movement),
                        pageable),
                i -> i);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InvestmentData create(@jakarta.validation.Valid @RequestBody InvestmentData data) {
        return investments.create(data);
    }

    @GetMapping("/{id}")
    InvestmentData get(@PathVariable Long id) {
        return investments.read(id);
    }

    @PutMapping("/{id}")
    InvestmentData update(@PathVariable Long id, @jakarta.validation.Valid @RequestBody InvestmentData data) {
        return investments.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        investments.delete(id);
    }
}
