package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where figure sources put their figures, plans and warnings for one period. */
public final class Figures {

    /** One figure: its value, its unit of measure and a link to the records it counts (may be null). */
    public record Value(BigDecimal value, String unit, String link) {}

    private final Map<String, Value> values = new LinkedHashMap<>();
    private final Map<String, BigDecimal> plans = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public void put(String key, BigDecimal value, String unit, String link) {
        values.put(key, new Value(value == null ? BigDecimal.ZERO : value, unit, link));
    }

    public void put(String key, long value, String unit, String link) {
        put(key, BigDecimal.valueOf(value), unit, link);
    }

    /** The plan for the figure in this period (kế hoạch), where one was entered. */
    public void plan(String key, BigDecimal plan) {
        if (plan != null) {
            plans.put(key, plan);
        }
    }

    /** Something the figures could not include, such as an amount with no exchange rate. */
    public void warn(String warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** Adds the figures, plans and warnings of another part of the same computation. */
    void addAll(Figures other) {
        values.putAll(other.values);
        plans.putAll(other.plans);
        other.warnings.forEach(this::warn);
    }

    public Map<String, Value> values() {
        return Collections.unmodifiableMap(values);
    }

    public Map<String, BigDecimal> plans() {
        return Collections.unmodifiableMap(plans);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }
}
