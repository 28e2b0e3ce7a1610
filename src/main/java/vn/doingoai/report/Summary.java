package vn.doingoai.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The summary of a period for a unit, as {@code GET /api/v1/reports/summary} answers it (API.md):
 * every figure with the same period a year before, its change and, where a plan exists, its share of
 * the plan.
 */
@JsonPropertyOrder({"unit", "from", "to", "previousFrom", "previousTo", "figures", "warnings"})
public record Summary(
        UnitName unit,
        String from,
        String to,
        String previousFrom,
        String previousTo,
        Map<String, Figure> figures,
        List<String> warnings) {

    public record UnitName(String code, String name) {}

    /**
     * One figure. {@code changePct} is always written (null when it cannot be computed); {@code
     * plan} and {@code planPct} only where a plan exists.
     */
    @JsonPropertyOrder({"value", "unit", "previous", "changePct", "plan", "planPct"})
    public record Figure(
            BigDecimal value,
            String unit,
            BigDecimal previous,
            BigDecimal changePct,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal plan,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal planPct,
            @JsonIgnore String link) {

        @JsonIgnore
        public boolean hasPlan() {
            return plan != null;
        }
    }

    /** A figure by key, or null. */
    public Figure figure(String key) {
        return figures.get(key);
    }

    /** A figure's value by key, zero when absent. */
    public BigDecimal value(String key) {
        Figure f = figures.get(key);
        return f == null ? BigDecimal.ZERO : f.value();
    }
}
