package vn.doingoai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.ObjectMapper;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.user.CurrentUser;
import vn.doingoai.web.KeptAnswer;

/**
 * The dashboard at {@code /}: the main figures of the user's unit from the start of the year to
 * today, the charts of the record modules, and what needs attention in the user's units.
 */
@Controller
class DashboardController {

    private final DashboardData data;
    private final Access access;
    private final Units units;
    private final SummaryService summaries;
    private final FigureView.Views views;
    private final MessageSource messages;
    private final ObjectMapper json;

    DashboardController(
            DashboardData data,
            Access access,
            Units units,
            SummaryService summaries,
            FigureView.Views views,
            MessageSource messages,
            ObjectMapper json) {
        this.data = data;
        this.access = access;
        this.units = units;
        this.summaries = summaries;
        this.views = views;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/")
    @KeptAnswer
    String dashboard(Model model) {
        UnitScope scope = access.readable();
        LocalDate today = LocalDate.now();
        model.addAttribute("attention", groups(data.attention(scope, today)));

        CurrentUser me = access.current();
        Unit unit = units.find(me.unitCode()).orElseGet(() -> units.require(Units.COUNTRY));
        Period period = Period.of(LocalDate.of(today.getYear(), 1, 1), today);
        Summary summary = summaries.summary(unit, access.scope(unit.getCode(), true), period);
        model.addAttribute("summary", summary);
        model.addAttribute("mainFigures", views.main(summary));
        model.addAttribute(
                "reportLink", "/reports?unit=" + unit.getCode() + "&from=" + summary.from() + "&to=" + summary.to());

        List<Map<String, Object>> charts = new ArrayList<>();
        for (ChartSource.Chart chart : data.charts(scope, today.getYear())) {
            charts.add(chart(chart));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("chartsJson", json.writeValueAsString(charts));
        return "report/dashboard";
    }

    /** The items of one kind on the dashboard: how many, the first few, the list of them all. */
    record AttentionGroup(String kind, int count, List<AttentionSource.AttentionItem> first, String list) {}

    /** How many items of a kind the dashboard shows before "all of them". */
    static final int FIRST = 5;

    /** The to-do list grouped by kind, each group with its count, its soonest items and its list. */
    static List<AttentionGroup> groups(List<AttentionSource.AttentionItem> items) {
        Map<String, List<AttentionSource.AttentionItem>> byKind = new LinkedHashMap<>();
        items.forEach(
                i -> byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i));
        List<AttentionGroup> groups = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> groups.add(new AttentionGroup(
                kind,
                ofKind.size(),
                ofKind.subList(0, Math.min(FIRST, ofKind.size())),
                ofKind.stream()
                        .map(AttentionSource.AttentionItem::list)
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse(null))));
        return groups;
    }

    /** A chart as ECharts needs it, with its texts in the current language. */
    private Map<String, Object> chart(ChartSource.Chart chart) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", chart.id().replaceAll("[^A-Za-z0-9_-]", "-"));
        out.put("title", text(chart.titleKey()));
        out.put("type", chart.categories().size() > 12 ? "line" : "bar");
        out.put(
                "categories",
                chart.categories().stream().map(c -> category(chart.axis(), c)).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (ChartSource.Series s : chart.series()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", text(s.nameKey()));
            one.put(
                    "values",
                    s.values().stream()
                            .map(v -> v == null ? null : SummaryService.plain(v))
                            .toList());
            series.add(one);
        }
        out.put("series", series);
        return out;
    }

    /** A category in the page's language: a country's name, a month's short name. */
    private String category(ChartSource.Axis axis, String category) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        return switch (axis) {
            case COUNTRIES -> category == null || category.isBlank()
                    ? text("chart.country.unknown")
                    : vn.doingoai.common.Countries.name(category, locale);
            case MONTHS -> {
                try {
                    yield messages.getMessage(
                            "chart.month", new Object[] {Integer.parseInt(category)}, category, locale);
                } catch (NumberFormatException e) {
                    yield category;
                }
            }
            case TEXT -> category;
        };
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
