package vn.doingoai.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.period.Period;

/**
 * The {@code indicatorValues} section of the dataset document (order 70). Values have no ref: they
 * are matched by indicator, unit, period dates and kind.
 */
@Component
class IndicatorValueImport {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final IndicatorValueBook service;

    IndicatorValueImport(IndicatorRepository indicators, IndicatorValueRepository values, IndicatorValueBook service) {
        this.indicators = indicators;
        this.values = values;
        this.service = service;
    }

    @Bean
    DatasetSection<IndicatorValueData> indicatorValuesSection() {
        return DatasetSection.of("indicatorValues", 70, IndicatorValueData.class, this::importAll, service::exportAll);
    }

    void importAll(List<IndicatorValueData> items, ImportContext context) {
        Map<String, IndicatorValue> byKey = new HashMap<>();
        Set<String> unitCodes = items.stream()
                .map(IndicatorValueData::unit)
                .filter(u -> u != null && !u.isBlank())
                .collect(Collectors.toSet());
        Map<String, Boolean> knownIndicators = new HashMap<>();
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            IndicatorValueData item = items.get(i);
            Period period =
                    item.period() == null ? null : Period.parse(item.period()).orElse(null);
            periods.add(period);
            if (period == null) {
                context.problem(i, "period", "indicator.period.invalid");
            }
            if (!knownIndicators.computeIfAbsent(item.indicator(), indicators::existsById)) {
                context.problem(i, "indicator", "indicator.unknown");
            }
            context.checkUnit(i, "unit", item.unit());
        }
        if (context.hasProblems()) {
            return;
        }
        LocalDate min =
                periods.stream().map(Period::from).min(LocalDate::compareTo).orElse(LocalDate.now());
        LocalDate max =
                periods.stream().map(Period::from).max(LocalDate::compareTo).orElse(LocalDate.now());
        if (!unitCodes.isEmpty()) {
            for (IndicatorValue v : values.findStartingIn(unitCodes, min, max)) {
                byKey.put(key(v.getIndicatorCode(), v.getUnitCode(), v.period(), v.getKind()), v);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            IndicatorValueData item = items.get(i);
            Period period = periods.get(i);
            String key = key(item.indicator(), item.unit(), period, item.kind());
            IndicatorValue value = byKey.get(key);
            if (value == null) {
                value = new IndicatorValue();
                value.apply(item.indicator(), item.unit(), period, item.kind(), item.value(), item.note());
                values.save(value);
                byKey.put(key, value);
                context.created();
            } else {
                IndicatorValueData before = IndicatorValueData.of(value, false);
                value.apply(item.indicator(), item.unit(), period, item.kind(), item.value(), item.note());
                if (!sameData(before, IndicatorValueData.of(value, false))) {
                    context.updated();
                }
            }
        }
    }

    private static boolean sameData(IndicatorValueData a, IndicatorValueData b) {
        return a.indicator().equals(b.indicator())
                && a.unit().equals(b.unit())
                && a.period().equals(b.period())
                && a.kind() == b.kind()
                && a.value().compareTo(b.value()) == 0
                && java.util.Objects.equals(a.note(), b.note());
    }

    private static String key(String indicator, String unit, Period period, ValueKind kind) {
        return indicator + "|" + unit + "|" + period.from() + "|" + period.to() + "|" + kind;
    }
}
