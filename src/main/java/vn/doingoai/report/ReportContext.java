package vn.doingoai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;

/**
 * What a {@link ReportSection} writes from: the unit reported on and its scope (the units whose
 * records count), the period, the summary of its figures, the report's language, and the sentence
 * helper ({@link #sentence}, {@link #paragraph}) that writes figures the way the reports do and
 * leaves out every clause whose figures are zero.
 */
public final class ReportContext {

    private final Unit unit;
    private final UnitScope scope;
    private final Period period;
    private final Summary summary;
    private final Locale locale;
    private final MessageSource messages;
    private final CurrencyConverter rates;

    ReportContext(
            Unit unit,
            UnitScope scope,
            Period period,
            Summary summary,
            Locale locale,
            MessageSource messages,
            CurrencyConverter rates) {
        this.unit = unit;
        this.scope = scope;
        this.period = period;
        this.summary = summary;
        this.locale = locale;
        this.messages = messages;
        this.rates = rates;
    }

    /** The unit reported on. */
    public Unit unit() {
        return unit;
    }

    /** The units whose records the report counts (the unit, the units under it and merged into it). */
    public UnitScope scope() {
        return scope;
    }

    public Period period() {
        return period;
    }

    /** The figures of the period, each with the same period a year before and its plan. */
    public Summary summary() {
        return summary;
    }

    /** The report's language: Vietnamese, or English for foreign partners. */
    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** A figure of the summary, or null when no module gives it. */
    public Summary.Figure figure(String key) {
        return summary.figure(key);
    }

    /** A figure's value, zero when absent. */
    public BigDecimal value(String key) {
        return summary.value(key);
    }

    /** The period as the report names it: "9 tháng năm 2021", "the first 9 months of 2021". */
    public String periodName() {
        return PeriodName.of(period, locale);
    }

    /** Who did the work, as a sentence names it: "tỉnh", "thành phố", "cả nước", "the province". */
    public String subject() {
        return text(ReportWords.subjectKey(unit));
    }

    /** The unit by the name it had during the period: "tỉnh Bắc Giang", "Bac Giang Province". */
    public String unitName() {
        return ReportWords.unitName(unit, period.to(), locale);
    }

    /** A date as the report writes it: "10/6/2021", "10 June 2021". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (english()) {
            return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + date.getYear();
        }
        return VietnameseFormat.documentDate(date);
    }

    /** A message of the report's language, with {@link java.text.MessageFormat} arguments. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A sentence of one or more clauses, each a template key of the module's messages. */
    public Sentence sentence(String... clauseKeys) {
        return new Sentence(Arrays.asList(clauseKeys));
    }

    /**
     * A paragraph of the sentences written. A sentence left out is not written, or says its {@link
     * Sentence#orElse} ("chưa phát sinh…"); a paragraph of such sentences only is a filler.
     */
    public Paragraph paragraph(Sentence... sentences) {
        List<String> written = new ArrayList<>();
        boolean filler = true;
        for (Sentence s : sentences) {
            String text = write(s);
            if (text != null) {
                written.add(text);
                filler = false;
            } else if (s.fallback() != null) {
                String otherwise = template(s.fallback(), s.values());
                if (otherwise != null && !otherwise.isBlank()) {
                    written.add(finish(otherwise));
                }
            }
        }
        return new Paragraph(String.join(" ", written), filler);
    }

    /**
     * The templates written and joined as a list: "12 dự án cấp mới và 12 dự án điều chỉnh tăng
     * vốn"; empty when all are left out.
     */
    public String list(String... templateKeys) {
        List<String> items = new ArrayList<>();
        for (String key : templateKeys) {
            String text = template(key, Map.of());
            if (text != null && !text.isBlank()) {
                items.add(text.strip());
            }
        }
        return join(items);
    }

    /** Texts joined as a list: "a, b và c", "a, b and c". */
    public String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + text("report.prose.and") + " "
                + items.get(items.size() - 1);
    }

    /** A sentence written, or null when all its clauses are left out. */
    String write(Sentence sentence) {
        List<String> clauses = new ArrayList<>();
        for (String key : sentence.clauses()) {
            String text = template(key, sentence.values());
            if (text != null && !text.isBlank()) {
                clauses.add(text.strip());
            }
        }
        return clauses.isEmpty() ? null : finish(String.join("; ", clauses));
    }

    /** A template written with the section's values, or null when it is left out. */
    String template(String key, Map<String, Object> values) {
        String template = messages.getMessage(key, null, null, locale);
        if (template == null) {
            throw new IllegalStateException("No report template " + key + " for " + locale);
        }
        return Prose.write(template, ref -> resolve(ref, values));
    }

    private Prose.Written resolve(Prose.Ref ref, Map<String, Object> values) {
        Object value;
        if (values.containsKey(ref.name())) {
            value = values.get(ref.name());
        } else {
            switch (ref.name()) {
                case "period":
                    return Prose.Written.word(periodName());
                case "subject":
                    return Prose.Written.word(subject());
                case "unit":
                    return Prose.Written.word(unitName());
                default:
                    value = summary.figure(ref.name());
            }
        }
        return ProseValues.write(this, ref, value);
    }

    CurrencyConverter rates() {
        return rates;
    }

    /** A capital first letter and a full stop. */
    static String finish(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        int first = t.codePointAt(0);
        t = new String(Character.toChars(Character.toUpperCase(first))) + t.substring(Character.charCount(first));
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':' ? t : t + ".";
    }
}
