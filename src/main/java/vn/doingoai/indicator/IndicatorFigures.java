package vn.doingoai.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.period.Period;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.Figures;

/**
 * The indicator figures of a report: for each indicator, the ACTUAL value entered for exactly the
 * report's dates, and its plan: the PLAN entered for exactly those dates, or else the PLAN of the
 * whole year. Both are taken unit by unit (one unit's plan may be for the 9 months, another's for
 * the year) and then added up over the units of the scope for SUM indicators.
 *
 * <p>{@code trade.export}, {@code trade.import} and {@code trade.total} are always present (0 when
 * nothing was entered). A unit with no total entered counts export plus import as its total; its
 * total plan is likewise its export plan plus its import plan when it has both. Every other
 * indicator appears when some unit has a value for the period.
 *
 * <p>Indicators that do not add up: an AVERAGE indicator gives the mean of the units' values. A
 * NONE indicator (GRDP growth) gives the value of the report's own unit when it has one, else the
 * only value in the scope; with several units and none of them the report's own, it is left out and
 * named in the warnings rather than shown as a meaningless sum.
 */
@Component
class IndicatorFigures implements FigureSource {

    static final List<String> ALWAYS = List.of("trade.export", "trade.import", "trade.total");

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;

    IndicatorFigures(IndicatorRepository indicators, IndicatorValueRepository values) {
        this.indicators = indicators;
        this.values = values;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, Figures figures) {
        Period period = query.period();
        Period year = period.wholeYear().orElse(period);
        List<Object[]> rows = values.sumsFor(
                query.units().all(), query.units().codesForQuery(), period.from(), period.to(), year.from(), year.to());
        // indicator -> unit -> value, for the actual values, the exact plans and the year's plans
        Map<String, Map<String, BigDecimal>> actual = new HashMap<>();
        Map<String, Map<String, BigDecimal>> exactPlan = new HashMap<>();
        Map<String, Map<String, BigDecimal>> yearPlan = new HashMap<>();
        for (Object[] row : rows) {
            String indicator = (String) row[0];
            ValueKind kind = (ValueKind) row[1];
            String unit = (String) row[2];
            boolean exact = period.from().equals(row[3]) && period.to().equals(row[4]);
            BigDecimal sum = (BigDecimal) row[5];
            Map<String, Map<String, BigDecimal>> target =
                    kind == ValueKind.ACTUAL ? (exact ? actual : null) : (exact ? exactPlan : yearPlan);
            if (target != null) {
                target.computeIfAbsent(indicator, k -> new HashMap<>()).merge(unit, sum, BigDecimal::add);
            }
        }
        Map<String, Map<String, BigDecimal>> plan = new HashMap<>();
        for (String indicator : union(exactPlan.keySet(), yearPlan.keySet())) {
            Map<String, BigDecimal> byUnit = new HashMap<>(yearPlan.getOrDefault(indicator, Map.of()));
            byUnit.putAll(exactPlan.getOrDefault(indicator, Map.of()));
            plan.put(indicator, byUnit);
        }
        deriveTotal(actual, false);
        deriveTotal(plan, true);

        Map<String, Indicator> defined = new LinkedHashMap<>();
        indicators.findAllByOrderByBuiltinDescCodeAsc().forEach(i -> defined.put(i.getCode(), i));
        Set<String> shown = new LinkedHashSet<>(ALWAYS);
        defined.keySet().stream().filter(actual::containsKey).forEach(shown::add);
        for (String code : shown) {
            Indicator indicator = defined.get(code);
            String measure = indicator == null ? "USD" : indicator.getMeasure();
            Aggregation aggregation = indicator == null ? Aggregation.SUM : indicator.getAggregation();
            String link = "/indicators/values?" + query.listParams() + "&indicator=" + code;
            Map<String, BigDecimal> byUnit = actual.getOrDefault(code, Map.of());
            BigDecimal value = combine(byUnit, aggregation, query.unit());
            if (value == null && !byUnit.isEmpty()) {
                figures.warn(code + ": the values of several units do not add up; left out");
                continue;
            }
            figures.put(code, value == null ? BigDecimal.ZERO : IndicatorValueData.plain(value), measure, link);
            Map<String, BigDecimal> plans = plan.getOrDefault(code, Map.of());
            BigDecimal planned = plans.isEmpty() ? null : combine(plans, aggregation, query.unit());
            figures.plan(code, planned == null ? null : IndicatorValueData.plain(planned));
        }
    }

    /** The value of a scope from its units' values; null when it cannot be given. */
    private static BigDecimal combine(Map<String, BigDecimal> byUnit, Aggregation aggregation, String ownUnit) {
        if (byUnit.isEmpty()) {
            return null;
        }
        return switch (aggregation) {
            case SUM -> byUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> byUnit.values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(byUnit.size()), MathContext.DECIMAL64);
            case NONE -> byUnit.containsKey(ownUnit)
                    ? byUnit.get(ownUnit)
                    : byUnit.size() == 1 ? byUnit.values().iterator().next() : null;
        };
    }

    /**
     * For each unit with no total entered: export plus import. For values a missing side counts 0;
     * for plans both sides are needed (half a plan is no plan for the total).
     */
    private static void deriveTotal(Map<String, Map<String, BigDecimal>> byIndicator, boolean needBoth) {
        Map<String, BigDecimal> exports = byIndicator.getOrDefault("trade.export", Map.of());
        Map<String, BigDecimal> imports = byIndicator.getOrDefault("trade.import", Map.of());
        Map<String, BigDecimal> totals = new HashMap<>(byIndicator.getOrDefault("trade.total", Map.of()));
        for (String unit : union(exports.keySet(), imports.keySet())) {
            if (totals.containsKey(unit)) {
                continue;
            }
            if (needBoth && !(exports.containsKey(unit) && imports.containsKey(unit))) {
                continue;
            }
            totals.put(
                    unit, exports.getOrDefault(unit, BigDecimal.ZERO).add(imports.getOrDefault(unit, BigDecimal.ZERO)));
        }
        if (!totals.isEmpty()) {
            byIndicator.put("trade.total", totals);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
