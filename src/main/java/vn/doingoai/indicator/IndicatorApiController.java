package vn.doingoai.indicator;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/indicators}: every indicator, and the definition of a new one (the values are {@link IndicatorValueApiController}'s). */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

    private final Indicators indicators;

    IndicatorApiController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    List<IndicatorData> indicators() {
        return indicators.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorData define(@Valid @RequestBody IndicatorData data) {
        return indicators.define(data);
    }
}
