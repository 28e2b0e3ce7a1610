package vn.doingoai.indicator;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/**
 * The indicator pages: the indicators and the form for a new one, the list of values with its
 * filters, a value's page with its history, and the grid for entering a unit's values of a year.
 */
@Controller
@RequestMapping("/indicators")
class IndicatorPageController {

    private final Indicators indicators;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    IndicatorPageController(
            Indicators indicators, HistoryPage history, Access access, Units units, Forms forms, ListPages listPages) {
        this.forms = forms;
        this.indicators = indicators;
        this.history = history;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", ValueKind.values());
        model.addAttribute("aggregations", Aggregation.values());
    }

    @GetMapping
    String indicators(Model model) {
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("canDefine", indicators.canDefine());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new IndicatorData("", "", "", "", Aggregation.SUM, null));
        }
        return "indicator/indicators";
    }

    @PostMapping
    String define(
            @ModelAttribute("form") IndicatorData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(form, binding, model, indicators::define, () -> form)
                .map(saved -> Forms.saved(redirect, "/indicators"))
                .orElseGet(() -> indicators(model));
    }

    @GetMapping("/values")
    String values(
            @ModelAttribute("filter") IndicatorValueFilter filter,
            @PageableDefault(size = 20, sort = "periodFrom", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(
                model,
                IndicatorValueColumns.list(names()),
                indicators.list(filter, pageable),
                access.canWriteAnything() ? "/indicators/entry" : null);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "indicator/list", "results");
    }

    @GetMapping(value = "/values", params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") IndicatorValueFilter filter, Sort sort) {
        return listPages.excel(
                IndicatorValueColumns.list(names()),
                indicators.listAll(
                        filter, sort.isSorted() ? sort : Sort.by("indicatorCode", "unitCode", "periodFrom", "kind")));
    }

    @GetMapping("/values/{id}")
    String detail(@PathVariable Long id, Model model) {
        IndicatorValueData value = indicators.read(id);
        model.addAttribute("value", value);
        model.addAttribute("indicatorName", names().getOrDefault(value.indicator(), value.indicator()));
        model.addAttribute("year", value.period().substring(0, 4));
        model.addAttribute("history", history.of("indicatorValue", id, "indicator"));
        model.addAttribute("canWrite", access.canWrite(value.unit()));
        return "indicator/detail";
    }

    @PostMapping("/values/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        indicators.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/indicators/values";
    }

    @GetMapping("/entry")
    String grid(
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year, Model model) {
        String u = unit == null || unit.isBlank() ? access.current().unitCode() : unit.trim();
        int y = year == null ? LocalDate.now().getYear() : year;
        return grid(u, y, indicators.grid(u, y), model);
    }

    private String grid(String unit, int year, Map<String, String> cells, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("cells", cells);
        model.addAttribute(
                "periods",
                Indicators.gridPeriods(year).stream().map(Object::toString).toList());
        model.addAttribute("indicators", indicators.all());
        model.addAttribute(
                "units",
                units.all().stream().filter(x -> access.canRead(x.getCode())).toList());
        model.addAttribute("canWrite", access.canWrite(unit));
        return "indicator/grid";
    }

    @PostMapping("/entry")
    String saveGrid(
            @RequestParam String unit,
            @RequestParam int year,
            @RequestParam Map<String, String> cells,
            Model model,
            RedirectAttributes redirect) {
        try {
            int changes = indicators.saveGrid(unit, year, cells);
            redirect.addFlashAttribute("saved", true);
            redirect.addFlashAttribute("changes", changes);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            Map<String, String> submitted = new HashMap<>();
            cells.forEach((k, v) -> {
                if (k.startsWith("c|")) {
                    submitted.put(k, v);
                }
            });
            return grid(unit, year, submitted, model);
        }
        redirect.addAttribute("unit", unit);
        redirect.addAttribute("year", year);
        return "redirect:/indicators/entry";
    }

    /** The indicators' names in the current language, by code. */
    private Map<String, String> names() {
        String language =
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> names = new HashMap<>();
        indicators.all().forEach(i -> names.put(i.code(), i.name(language)));
        return names;
    }
}
