package vn.doingoai.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import vn.doingoai.common.Numbers;
import vn.doingoai.money.CurrencyConverter;
import vn.doingoai.money.CurrencySum;
import vn.doingoai.money.Money;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.user.Access;
import vn.doingoai.web.Texts;

/**
 * A figure's drill-down: the records behind it ({@link FigureRecords}) with their contributions in
 * the figure's unit of measure, and the total, added the way the figure adds: amounts summed per
 * currency and date, each sum converted at that date's rate, a missing rate left out with a warning.
 */
@Service
class FigureDrills {

    private final List<FigureRecords> sources;
    private final SummaryService summaries;
    private final Access access;
    private final CurrencyConverter converter;
    private final UnitNames units;
    private final Texts texts;
    private final MessageSource messages;

    FigureDrills(
            List<FigureRecords> sources,
            SummaryService summaries,
            Access access,
            CurrencyConverter converter,
            UnitNames units,
            Texts texts,
            MessageSource messages) {
        this.messages = messages;
        this.sources = sources;
        this.summaries = summaries;
        this.access = access;
        this.converter = converter;
        this.units = units;
        this.texts = texts;
    }

    /** A record as the page shows it. */
    record Row(String title, String link, String date, String unit, String note, String amounts, String contribution) {}

    /** The drill-down of a figure: its rows, its total (as a number and in words) and its warnings. */
    record View(
            String key,
            String label,
            SummaryService.Request request,
            List<Row> rows,
            BigDecimal total,
            String totalText,
            boolean mean,
            List<String> warnings,
            String list) {

        /** Whether a record says what it adds (the column shows only then). */
        public boolean hasNotes() {
            return rows.stream().anyMatch(r -> !r.note().isEmpty());
        }

        /** Whether a record has amounts of money (the column shows only then). */
        public boolean hasAmounts() {
            return rows.stream().anyMatch(r -> !r.amounts().isEmpty());
        }
    }

    /** The keys of the figures that have a drill-down. */
    java.util.Set<String> drillable() {
        java.util.Set<String> keys = new java.util.HashSet<>();
        sources.forEach(s -> keys.addAll(s.keys()));
        return keys;
    }

    /** The link to a figure's drill-down for a unit and period. */
    static String link(String key, String unit, String from, String to, boolean includeMerged) {
        return "/reports/figure?key=" + key + "&unit=" + unit + "&from=" + from + "&to=" + to + "&includeMerged="
                + includeMerged;
    }

    View drill(String key, SummaryParams params) {
        SummaryService.Request request = summaries.check(params);
        FigureRecords source = sources.stream()
                .filter(s -> s.keys().contains(key))
                .findFirst()
                .orElseThrow(() -> new vn.doingoai.common.NotFoundException("Figure " + key));
        FigureQuery query = new FigureQuery(
                request.unit().getCode(),
                access.scope(request.unit().getCode(), request.includeMerged()),
                request.period());
        FigureRecords.Drill drill = source.records(key, query);
        // The figure's list (its filters and Excel export), as the figure itself links it.
        Figures.Value figure = summaries
                .collect(query.unit(), query.units(), query.period(0))
                .values()
                .get(key);
        String measure = drill.measure();
        CurrencyConverter rates = converter.snapshot();
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        Map<List<Object>, BigDecimal> groups = new LinkedHashMap<>();
        for (FigureRecords.Line line : drill.records()) {
            BigDecimal contribution = line.value();
            if (!line.amounts().isEmpty()) {
                contribution = BigDecimal.ZERO;
                for (FigureRecords.Amount a : line.amounts()) {
                    String currency = a.money().currency();
                    LocalDate date = currency.equals(measure) ? null : a.rateDate();
                    groups.merge(
                            List.of(currency, date == null ? "" : date),
                            a.money().amount(),
                            BigDecimal::add);
                    Optional<BigDecimal> converted = rates.convert(a.money().amount(), currency, measure, a.rateDate());
                    if (converted.isPresent() && contribution != null) {
                        contribution = contribution.add(converted.get());
                    } else {
                        contribution = null;
                    }
                }
            } else if (contribution != null) {
                sum = sum.add(contribution);
            }
            rows.add(new Row(
                    line.title(),
                    line.link(),
                    VietnameseFormat.date(line.date()),
                    line.unit() == null ? "" : units.label(line.unit()),
                    line.note() == null ? "" : texts.of(line.note()),
                    amounts(line.amounts(), locale),
                    contribution == null ? texts.of("money.noRate") : FigureText.value(contribution, measure, locale)));
        }
        // The amounts summed per currency and date, then converted, as the figure's source sums them.
        CurrencySum converted = new CurrencySum(() -> rates, measure);
        groups.forEach((group, amount) ->
                converted.add((String) group.get(0), group.get(1) instanceof LocalDate d ? d : null, amount));
        sum = sum.add(converted.total());
        converted
                .missing()
                .forEach(m -> warnings.add(FigureWarning.noRate(key, m).text(messages, locale)));
        BigDecimal total = drill.mean() && !rows.isEmpty()
                ? sum.divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL64)
                : sum;
        total = Numbers.plain(total);
        return new View(
                key,
                texts.of("figure." + key),
                request,
                rows,
                total,
                FigureText.value(total, measure, locale),
                drill.mean(),
                warnings,
                figure == null ? null : figure.link());
    }

    private static String amounts(List<FigureRecords.Amount> amounts, Locale locale) {
        List<String> texts = new ArrayList<>();
        for (FigureRecords.Amount a : amounts) {
            Money m = a.money();
            texts.add(VietnameseFormat.amount(m.amount(), m.currency(), locale));
        }
        return String.join(" + ", texts);
    }
}
