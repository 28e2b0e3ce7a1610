package vn.doingoai.unit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.InvalidInputException;

/** The admins' page of units: the provinces, and the agencies and communes under them. */
@Controller
@RequestMapping("/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitPageController {

    private final Units units;

    UnitPageController(Units units) {
        this.units = units;
    }

    @GetMapping
    String list(@RequestParam(required = false) String parent, @RequestParam(required = false) String q, Model model) {
        String parentCode = parent == null || parent.isBlank() ? null : parent;
        model.addAttribute("parent", parentCode == null ? null : units.require(parentCode));
        model.addAttribute(
                "units",
                parentCode == null
                        ? (q == null || q.isBlank() ? units.provinces() : units.search(q))
                        : units.children(parentCode));
        model.addAttribute("q", q);
        model.addAttribute("levels", new UnitLevel[] {UnitLevel.AGENCY, UnitLevel.COMMUNE});
        model.addAttribute("provinces", units.currentProvinces());
        return "unit/list";
    }

    @PostMapping
    String add(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) UnitLevel level,
            @RequestParam(required = false) String parent,
            Model model,
            RedirectAttributes redirect) {
        try {
            units.addUnit(code, name, level, parent);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", new String[] {code, name, level == null ? null : level.name(), parent});
            return list(units.exists(parent) ? parent : null, null, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units?parent=" + parent;
    }

    @PostMapping("/rename")
    String rename(@RequestParam String code, @RequestParam String name, RedirectAttributes redirect) {
        Unit unit = units.require(code);
        units.rename(code, name);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units?parent=" + unit.getParentCode();
    }
}
