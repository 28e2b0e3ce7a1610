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
    private final List<FigureWarning> warnings = new ArrayList<>();

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

    /**
     * Something the figures could not include, such as an amount with no exchange rate: a message key
     * and its arguments, written in the reader's language. The same warning twice is one.
     */
    public void warn(FigureWarning warning) {
        if (!warnings.contains(warning)) {
            warnings.add(warning);
        }
    }

    /** A warning given as a text, written the same in every language (prefer {@link #warn(FigureWarning)}). */
    public void warn(String text) {
        warn(FigureWarning.text(text));
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

    /** The warnings in no language (their keys and arguments), for logs and tests: see {@link FigureWarning#toString()}. */
    public List<String> warnings() {
        return warnings.stream().map(FigureWarning::toString).toList();
    }

    /** The warnings, to be written in a language ({@link FigureWarning#text}). */
    public List<FigureWarning> warningsToWrite() {
        return Collections.unmodifiableList(warnings);
    }
}
