package vn.doingoai.unit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;

/**
 * The admins' page of units: the provinces, and the agencies and communes under them, added and
 * renamed by the rules of {@link Units#check} (the API's and the dataset's): a refused form comes
 * back with what was typed and the problem beside its field.
 */
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
        if (!model.containsAttribute("form")) {
            // the form of a new unit: its fields take at most what UnitData's rules allow (maxlength)
            model.addAttribute("form", new UnitData(null, parentCode, null, null));
        }
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
        UnitData form = new UnitData(code, parent, level, name);
        try {
            units.add(form);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", form);
            return list(units.exists(parent) ? parent : null, null, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units?parent=" + parent;
    }

    /** Renames an agency or a commune; a refused name comes back in its row, as typed, with its problem. */
    @PostMapping("/rename")
    String rename(
            @RequestParam String code,
            @RequestParam(required = false) String name,
            Model model,
            RedirectAttributes redirect) {
        Unit unit = units.require(code);
        try {
            units.rename(code, name);
        } catch (InvalidInputException e) {
            List<FieldProblem> problems = e.problems();
            model.addAttribute("renaming", new Renaming(unit.getCode(), name, problems));
            return list(unit.getParentCode(), null, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units?parent=" + unit.getParentCode();
    }

    /** A rename the page shows again: the unit, the name as typed, and why it was refused. */
    record Renaming(String code, String name, List<FieldProblem> problems) {}
}
