package vn.doingoai.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;

/**
 * Writes the body of the report from the {@link ReportSection} beans of the record modules: in the
 * order of the areas and of the sections, without the sections that have nothing to say, numbered
 * as they come.
 */
@Component
class ReportWriter {

    private static final Comparator<ReportSection> ORDER = Comparator.comparing(ReportSection::area)
            .thenComparingInt(ReportSection::order)
            .thenComparing(ReportSection::titleKey);

    private final List<ReportSection> sections;
    private final MessageSource messages;
    private final CurrencyConverter converter;

    ReportWriter(List<ReportSection> sections, MessageSource messages, CurrencyConverter converter) {
        this.sections = sections.stream().sorted(ORDER).toList();
        this.messages = messages;
        this.converter = converter;
    }

    ReportContext context(Summary summary, Unit unit, UnitScope scope, Period period, Locale locale) {
        return new ReportContext(unit, scope, period, summary, locale, messages, converter.snapshot());
    }

    /** The sections in the report's order. */
    List<ReportSection> sections() {
        return sections;
    }

    Optional<ReportSection> section(String key) {
        return sections.stream().filter(s -> s.titleKey().equals(key)).findFirst();
    }

    /**
     * The text each section writes, in order, for the sections with something to say, and for those
     * that only say that nothing happened ("chưa phát sinh…") in an area where another section has
     * something to say.
     */
    Map<String, String> texts(ReportContext context) {
        Map<ReportSection, List<Paragraph>> written = new LinkedHashMap<>();
        java.util.Set<ReportArea> present = java.util.EnumSet.noneOf(ReportArea.class);
        for (ReportSection section : sections) {
            List<Paragraph> paragraphs = section.write(context).stream()
                    .filter(p -> p != null && !p.isEmpty())
                    .toList();
            if (!paragraphs.isEmpty()) {
                written.put(section, paragraphs);
            }
            if (paragraphs.stream().anyMatch(p -> !p.filler())) {
                present.add(section.area());
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        written.forEach((section, paragraphs) -> {
            if (present.contains(section.area())) {
                texts.put(
                        section.titleKey(),
                        String.join(
                                "\n", paragraphs.stream().map(Paragraph::text).toList()));
            }
        });
        return texts;
    }

    /**
     * The body: the texts the officer kept ({@code kept}, by section key; a blank one leaves its
     * section out) and, unless {@code onlyKept}, the generated text of every other section.
     */
    ReportBody body(ReportContext context, Map<String, String> kept, boolean onlyKept) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> generated = onlyKept ? Map.of() : texts(context);
        for (ReportSection section : sections) {
            String key = section.titleKey();
            String text = kept != null && kept.containsKey(key) ? kept.get(key) : generated.get(key);
            if (text != null && !ReportBody.paragraphs(text).isEmpty()) {
                texts.put(key, text.strip());
            }
        }
        Map<ReportArea, List<ReportSection>> byArea = new EnumMap<>(ReportArea.class);
        for (ReportSection section : sections) {
            if (texts.containsKey(section.titleKey())) {
                byArea.computeIfAbsent(section.area(), a -> new ArrayList<>()).add(section);
            }
        }
        List<ReportBody.Part> parts = new ArrayList<>();
        byArea.forEach((area, present) -> {
            List<ReportBody.Chapter> chapters = new ArrayList<>();
            for (int i = 0; i < present.size(); i++) {
                ReportSection s = present.get(i);
                chapters.add(new ReportBody.Chapter(
                        s.titleKey(),
                        present.size() > 1 ? String.valueOf(i + 1) : null,
                        context.text(s.titleKey()),
                        texts.get(s.titleKey())));
            }
            parts.add(new ReportBody.Part(
                    area, ReportBody.roman(parts.size() + 1), context.text(area.titleKey()), chapters));
        });
        return new ReportBody(parts);
    }

    /** The area whose sections show each figure ({@link ReportSection#figures()}); absent when none does. */
    Map<String, ReportArea> areas(java.util.Collection<String> figureKeys) {
        Map<String, ReportArea> areas = new LinkedHashMap<>();
        for (ReportSection section : sections) {
            List<String> shown = section.figures();
            for (String key : figureKeys) {
                if (!areas.containsKey(key) && ReportSection.shows(shown, key)) {
                    areas.put(key, section.area());
                }
            }
        }
        return areas;
    }
}
