package vn.doingoai.rate;

import org.springframework.data.domain.PageRequest;
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

/** {@code /api/v1/exchange-rates}. */
@RestController
@RequestMapping("/api/v1/exchange-rates")
class ExchangeRateApiController {

    private final ExchangeRates rates;

    ExchangeRateApiController(ExchangeRates rates) {
        this.rates = rates;
    }

    @GetMapping
    PageResponse<ExchangeRateData> list(
            @RequestParam(required = false) String currency,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(
                rates.list(currency, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500))), r -> r);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ExchangeRateData create(@jakarta.validation.Valid @RequestBody ExchangeRateData data) {
        return rates.create(data);
    }

    @GetMapping("/{id}")
    ExchangeRateData get(@PathVariable Long id) {
        return rates.read(id);
    }

    @PutMapping("/{id}")
    ExchangeRateData update(@PathVariable Long id, @jakarta.validation.Valid @RequestBody ExchangeRateData data) {
        return rates.update(id, data);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id) {
        rates.delete(id);
    }
}
