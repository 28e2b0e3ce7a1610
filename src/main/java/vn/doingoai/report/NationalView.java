package vn.doingoai.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.period.Period;
import vn.doingoai.unit.Unit;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.user.CurrentUser;
import vn.doingoai.web.KeptAnswer;

/**
 * The national view {@code /reports/national}: every current province (merged units included) with
 * its main figures side by side, sortable by any column, with each province's rank in the sorted
 * column. Only the chosen period is computed (no year before), in one figure pass for all the
 * provinces (each source groups its records by unit).
 *
 * <p>Rights: an admin or a user whose unit is the whole country sees every province; anyone else
 * sees only the row of their own province (the page says so), never other provinces' figures.
 */
@Controller
class NationalView {

    private final SummaryService summaries;
    private final Access access;
    private final Units units;
    private final FigureView.Views views;
    private final FigureDrills drills;

    NationalView(SummaryService summaries, Access access, Units units, FigureView.Views views, FigureDrills drills) {
        this.summaries = summaries;
        this.access = access;
        this.units = units;
        this.views = views;
        this.drills = drills;
    }

    /** One province's row: its values by key, formatted texts and links, and its rank. */
    record Row(
            Unit unit,
            Map<String, BigDecimal> values,
            Map<String, String> texts,
            Map<String, String> links,
            int rank) {}

    @GetMapping("/reports/national")
    @KeptAnswer
    String national(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        LocalDate today = LocalDate.now();
        String sortKey = sort == null || sort.isBlank() ? FigureKeys.MAIN.get(0) : sort;
        boolean ascending = "asc".equalsIgnoreCase(dir);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate fromDate = date("from", from, LocalDate.of(today.getYear(), 1, 1), problems);
        LocalDate toDate = date("to", to, today, problems);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.add(new FieldProblem("to", "validation.dates.order"));
        }
        if (!FigureKeys.MAIN.contains(sortKey) && !"name".equals(sortKey)) {
            problems.add(new FieldProblem("sort", "report.sort.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Period period = Period.of(fromDate, toDate);

        CurrentUser me = access.current();
        UnitScope readable = access.readable();
        List<Unit> provinces;
        if (readable.all()) {
            provinces = units.currentProvinces();
        } else {
            provinces = units.provinceOf(me.unitCode()).stream().toList();
            model.addAttribute("ownOnly", true);
        }
        Map<String, UnitScope> scopes =
                units.reportScopes(provinces.stream().map(Unit::getCode).toList(), true);
        List<FigureQuery.Group> groups = provinces.stream()
                .map(p -> new FigureQuery.Group(
                        p.getCode(), scopes.get(p.getCode()).intersect(readable)))
                .toList();
        List<Figures> byProvince = summaries.collect(groups, readable, period);
        java.util.Set<String> drillable = drills.drillable();
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < provinces.size(); g++) {
            Unit province = provinces.get(g);
            Figures figures = byProvince.get(g);
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, String> links = new LinkedHashMap<>();
            for (String key : FigureKeys.MAIN) {
                Figures.Value v = figures.values().get(key);
                BigDecimal value = v == null ? BigDecimal.ZERO : v.value();
                values.put(key, value);
                texts.put(key, FigureText.value(value, v == null ? null : v.unit(), locale));
                if (v != null && v.link() != null) {
                    links.put(
                            key,
                            drillable.contains(key)
                                    ? FigureDrills.link(
                                            key, province.getCode(), fromDate.toString(), toDate.toString(), true)
                                    : v.link());
                }
            }
            rows.add(new Row(province, values, texts, links, 0));
        }
        Comparator<Row> byValue = "name".equals(sortKey)
                ? Comparator.comparing((Row r) -> r.unit().getName())
                : Comparator.comparing((Row r) -> r.values().get(sortKey));
        Comparator<Row> order = ascending ? byValue : byValue.reversed();
        rows.sort(order.thenComparing(r -> r.unit().getCode()));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int rank = i + 1;
            if (i > 0 && byValue.compare(rows.get(i - 1), r) == 0) {
                rank = ranked.get(i - 1).rank();
            }
            ranked.add(new Row(r.unit(), r.values(), r.texts(), r.links(), rank));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        FigureKeys.MAIN.forEach(k -> labels.put(k, views.label(k)));
        model.addAttribute("rows", ranked);
        model.addAttribute("labels", labels);
        model.addAttribute("sort", sortKey);
        model.addAttribute("dir", ascending ? "asc" : "desc");
        model.addAttribute("from", fromDate.toString());
        model.addAttribute("to", toDate.toString());
        return "report/national";
    }

    private static LocalDate date(String field, String text, LocalDate otherwise, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return vn.doingoai.common.DateInput.parse(text); // 2021-06-10, or 10/6/2021 as typed on a page
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "report.date.invalid"));
            return null;
        }
    }
}
