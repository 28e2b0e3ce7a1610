package vn.doingoai.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.Numbers;
import vn.doingoai.period.Period;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureSource;
import vn.doingoai.report.FigureWarning;
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
    private final NamedParameterJdbcTemplate jdbc;

    IndicatorFigures(IndicatorRepository indicators, NamedParameterJdbcTemplate jdbc) {
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public void contribute(FigureQuery query, List<Figures> figures) {
        // The values entered for exactly one of the periods, and the plans of their whole years.
        StringBuilder wanted = new StringBuilder();
        Map<String, Object> params = query.sqlParameters();
        for (int i = 0; i < query.size(); i++) {
            Period year = query.period(i).wholeYear().orElse(query.period(i));
            params.put("yearFrom" + i, java.sql.Date.valueOf(year.from()));
            params.put("yearTo" + i, java.sql.Date.valueOf(year.to()));
            wanted.append(i == 0 ? "" : " or ")
                    .append("(v.period_from = :from")
                    .append(i)
                    .append(" and v.period_to = :to")
                    .append(i)
                    .append(") or (v.kind = 'PLAN' and v.period_from = :yearFrom")
                    .append(i)
                    .append(" and v.period_to = :yearTo")
                    .append(i)
                    .append(")");
        }
        List<Row> rows = jdbc.query(
                "select v.indicator_code, v.kind, v.unit_code, v.period_from, v.period_to, sum(v.amount)"
                        + " from indicator_value v where " + query.scope("v.unit_code") + " and (" + wanted + ")"
                        + " group by v.indicator_code, v.kind, v.unit_code, v.period_from, v.period_to",
                params,
                (rs, n) -> new Row(
                        rs.getString(1),
                        ValueKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        Period.of(rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()),
                        rs.getBigDecimal(6)));
        Map<String, Indicator> defined = new LinkedHashMap<>();
        indicators.findAllByOrderByBuiltinDescCodeAsc().forEach(i -> defined.put(i.getCode(), i));
        for (int c = 0; c < query.cells(); c++) {
            int g = query.groupOfCell(c);
            List<Row> ofGroup =
                    rows.stream().filter(r -> query.groupOf(r.unit()) == g).toList();
            contribute(query, c, ofGroup, defined, figures.get(c));
        }
    }

    /** One value summed per indicator, kind, unit and dates. */
    private record Row(String indicator, ValueKind kind, String unit, Period dates, BigDecimal sum) {}

    private void contribute(
            FigureQuery query, int cell, List<Row> rows, Map<String, Indicator> defined, Figures figures) {
        Period period = query.periodOf(cell);
        String ownUnit = query.unitOf(cell);
        Period year = period.wholeYear().orElse(period);
        // indicator -> unit -> value, for the actual values, the exact plans and the year's plans
        Map<String, Map<String, BigDecimal>> actual = new HashMap<>();
        Map<String, Map<String, BigDecimal>> exactPlan = new HashMap<>();
        Map<String, Map<String, BigDecimal>> yearPlan = new HashMap<>();
        for (Row row : rows) {
            boolean exact = row.dates().equals(period);
            Map<String, Map<String, BigDecimal>> target = row.kind() == ValueKind.ACTUAL
                    ? (exact ? actual : null)
                    : (exact ? exactPlan : row.dates().equals(year) ? yearPlan : null);
            if (target != null) {
                target.computeIfAbsent(row.indicator(), k -> new HashMap<>())
                        .merge(row.unit(), row.sum(), BigDecimal::add);
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

        Set<String> shown = new LinkedHashSet<>(ALWAYS);
        defined.keySet().stream().filter(actual::containsKey).forEach(shown::add);
        for (String code : shown) {
            Indicator indicator = defined.get(code);
            String measure = indicator == null ? "USD" : indicator.getMeasure();
            Aggregation aggregation = indicator == null ? Aggregation.SUM : indicator.getAggregation();
            String link = "/indicators/values?" + query.listParams(cell) + "&indicator=" + code;
            Map<String, BigDecimal> byUnit = actual.getOrDefault(code, Map.of());
            BigDecimal value = combine(byUnit, aggregation, ownUnit);
            if (value == null && !byUnit.isEmpty()) {
                figures.warn(FigureWarning.of("report.warning.noSum", new FigureWarning.Figure(code)));
                continue;
            }
            figures.put(code, value == null ? BigDecimal.ZERO : Numbers.plain(value), measure, link);
            Map<String, BigDecimal> plans = plan.getOrDefault(code, Map.of());
            BigDecimal planned = plans.isEmpty() ? null : combine(plans, aggregation, ownUnit);
            figures.plan(code, planned == null ? null : Numbers.plain(planned));
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
