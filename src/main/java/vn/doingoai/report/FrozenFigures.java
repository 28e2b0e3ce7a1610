package vn.doingoai.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The figures of an approved report as they were when it was signed, kept with it as JSON, and what
 * has changed since: a figure whose value, year-before value or plan the records now give otherwise.
 */
@Component
class FrozenFigures {

    /** A figure as signed. */
    record Frozen(BigDecimal value, String unit, BigDecimal previous, BigDecimal plan) {}

    private static final TypeReference<LinkedHashMap<String, Frozen>> TYPE = new TypeReference<>() {};

    private final ObjectMapper json;
    private final MessageSource messages;

    FrozenFigures(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String freeze(Summary summary) {
        Map<String, Frozen> figures = new LinkedHashMap<>();
        summary.figures()
                .forEach((key, f) -> figures.put(key, new Frozen(f.value(), f.unit(), f.previous(), f.plan())));
        return json.writeValueAsString(figures);
    }

    Map<String, Frozen> read(String frozen) {
        return frozen == null ? Map.of() : json.readValue(frozen, TYPE);
    }

    /** The figures that have changed since the report was signed, described in {@code locale}. */
    List<ReportDraftView.FigureChange> changes(String frozen, Summary now, Locale locale) {
        Map<String, Frozen> signed = read(frozen);
        List<ReportDraftView.FigureChange> changes = new ArrayList<>();
        signed.forEach((key, was) -> {
            Summary.Figure f = now.figure(key);
            BigDecimal value = f == null ? BigDecimal.ZERO : f.value();
            boolean changed = f == null
                    ? was.value() != null && was.value().signum() != 0
                    : differs(was.value(), f.value())
                            || differs(was.previous(), f.previous())
                            || differs(was.plan(), f.plan());
            if (changed) {
                changes.add(change(key, was.value(), value, was.unit(), locale));
            }
        });
        now.figures().forEach((key, f) -> {
            if (!signed.containsKey(key) && f.value() != null && f.value().signum() != 0) {
                changes.add(change(key, BigDecimal.ZERO, f.value(), f.unit(), locale));
            }
        });
        return changes;
    }

    private ReportDraftView.FigureChange change(
            String key, BigDecimal was, BigDecimal now, String unit, Locale locale) {
        return new ReportDraftView.FigureChange(
                key,
                messages.getMessage("figure." + key, null, key, locale),
                was,
                now,
                FigureText.value(was, unit, locale),
                FigureText.value(now, unit, locale));
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return !Objects.equals(a, b) && !(isZero(a) && isZero(b));
        }
        return a.compareTo(b) != 0;
    }

    private static boolean isZero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }
}
