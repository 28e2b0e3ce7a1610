package vn.doingoai.indicator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.web.Forms;
import vn.doingoai.web.PageParts;

/**
 * The indicator pages: the indicators and the form for a new one, and the grid for entering a
 * unit's values of a year (the values' list and pages are {@link IndicatorValuePageController}'s).
 */
@Controller
@RequestMapping("/indicators")
class IndicatorPageController {

    private final Indicators indicators;
    private final IndicatorGrid grid;
    private final PageParts parts;

    IndicatorPageController(Indicators indicators, IndicatorGrid grid, PageParts parts) {
        this.indicators = indicators;
        this.grid = grid;
        this.parts = parts;
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
        return parts.forms()
                .save(form, binding, model, indicators::define, () -> form)
                .map(saved -> Forms.saved(redirect, "/indicators"))
                .orElseGet(() -> indicators(model));
    }

    @GetMapping("/entry")
    String grid(
            @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year, Model model) {
        String u = unit == null || unit.isBlank() ? parts.access().current().unitCode() : unit.trim();
        int y = year == null ? LocalDate.now().getYear() : year;
        return grid(u, y, grid.of(u, y), model);
    }

    private String grid(String unit, int year, Map<String, String> cells, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("cells", cells);
        model.addAttribute(
                "periods",
                IndicatorGrid.periods(year).stream().map(Object::toString).toList());
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("units", parts.readableUnits());
        model.addAttribute("canWrite", parts.access().canWrite(unit));
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
            int changes = grid.save(unit, year, cells);
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
}
