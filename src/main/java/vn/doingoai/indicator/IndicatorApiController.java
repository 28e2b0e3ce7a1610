package vn.doingoai.indicator;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
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

/** {@code /api/v1/indicator-values} and {@code /api/v1/indicators}. */
@RestController
@RequestMapping("/api/v1")
class IndicatorApiController {

    private final Indicators indicators;

    IndicatorApiController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping("/indicators")
    List<IndicatorData> indicators() {
        return indicators.all();
    }

    @PostMapping("/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorData define(@Valid @RequestBody IndicatorData data) {
        return indicators.define(data);
    }

    @GetMapping("/indicator-values")
    PageResponse<IndicatorValueData> list(
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ValueKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = PageRequest.of(
                Math.max(page, 0),
                Math.min(Math.max(size, 1), 500),
                Sort.by("indicatorCode", "unitCode", "periodFrom", "periodTo", "kind"));
        return PageResponse.of(
                indicators.list(new IndicatorValueFilter(unit, q, indicator, year, kind, from, to), pageable), v -> v);
    }

    @PostMapping("/indicator-values")
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorValueData create(@Valid @RequestBody IndicatorValueData data) {
        return indicators.create(data);
    }

    @GetMapping("/indicator-values/{id}")
    IndicatorValueData get(@PathVariable Long id) {
        return indicators.read(id);
    }

    @PutMapping("/indicator-values/{id}")
    IndicatorValueData update(@PathVariable Long id, @Valid @RequestBody IndicatorValueData data) {
        return indicators.update(id, data);
    }

    @DeleteMapping("/indicator-values/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        indicators.delete(id);
    }
}
