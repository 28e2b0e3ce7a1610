package vn.doingoai.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.report.FigureQuery;
import vn.doingoai.report.FigureRecords;

/**
 * The values behind an indicator's figure, unit by unit, with the rules of {@link
 * IndicatorFigures}: the ACTUAL values entered for exactly the period; for {@code trade.total} a unit
 * with no total entered adds its export and its import; an AVERAGE indicator gives their mean; a
 * NONE indicator the report's own unit's value, or the only one.
 */
@Component
class IndicatorFigureRecords implements FigureRecords {

    private static final String EXPORT = "trade.export";
    private static final String IMPORT = "trade.import";
    private static final String TOTAL = "trade.total";

    private final IndicatorRepository indicators;
    private final NamedParameterJdbcTemplate jdbc;

    IndicatorFigureRecords(IndicatorRepository indicators, NamedParameterJdbcTemplate jdbc) {
        this.indicators = indicators;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> keys() {
        Set<String> keys = new java.util.HashSet<>(IndicatorFigures.ALWAYS);
        indicators.findAll().forEach(i -> keys.add(i.getCode()));
        return keys;
    }

    @Override
    @Transactional(readOnly = true)
    public Drill records(String key, FigureQuery query) {
        Indicator indicator = indicators.findById(key).orElse(null);
        String measure = indicator == null ? "USD" : indicator.getMeasure();
        Aggregation aggregation = indicator == null ? Aggregation.SUM : indicator.getAggregation();
        Map<String, Object> params = query.sqlParameters();
        params.put("codes", TOTAL.equals(key) ? List.of(TOTAL, EXPORT, IMPORT) : List.of(key));
        // indicator -> unit -> value
        Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
        jdbc.query(
                "select v.indicator_code, v.unit_code, sum(v.amount) from indicator_value v where "
                        + query.scope("v.unit_code") + " and v.indicator_code in (:codes) and v.kind = 'ACTUAL'"
                        + " and v.period_from = :from0 and v.period_to = :to0 group by v.indicator_code, v.unit_code",
                params,
                rs -> {
                    values.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        String list = "/indicators/values?from=" + query.period(0).from() + "&to="
                + query.period(0).to() + "&indicator=";
        List<Line> lines = new ArrayList<>();
        Map<String, BigDecimal> own = values.getOrDefault(key, Map.of());
        own.forEach((unit, value) ->
                lines.add(Line.adding(key, list + key + "&unit=" + unit, null, unit, "figure." + key, value)));
        if (TOTAL.equals(key)) {
            for (String side : List.of(EXPORT, IMPORT)) {
                values.getOrDefault(side, Map.of()).forEach((unit, value) -> {
                    if (!own.containsKey(unit)) {
                        lines.add(
                                Line.adding(side, list + side + "&unit=" + unit, null, unit, "figure." + side, value));
                    }
                });
            }
            lines.sort(java.util.Comparator.comparing(Line::unit));
        }
        if (aggregation == Aggregation.NONE && lines.size() > 1) {
            lines.removeIf(l -> !l.unit().equals(query.unitOf(0)));
        }
        List<Line> named = lines.stream()
                .map(l -> new Line(
                        indicator(l.title()), l.link(), query.period(0).to(), l.unit(), null, l.value(), List.of()))
                .toList();
        return new Drill(measure, aggregation == Aggregation.AVERAGE, named);
    }

    /** An indicator's name in the page's language. */
    private String indicator(String code) {
        return indicators
                .findById(code)
                .map(i -> "en"
                                        .equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                                                .getLanguage())
                                && i.getNameEn() != null
                        ? i.getNameEn()
                        : i.getNameVi())
                .orElse(code);
    }
}
