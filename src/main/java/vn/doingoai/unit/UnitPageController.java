package vn.doingoai.unit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.FormBinding;
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

    /** Adds an agency or a commune, from the form bound as {@link UnitData}. */
    @PostMapping
    String add(@ModelAttribute("form") UnitData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormBinding.save(form, binding, model, () -> units.add(form))
                .map(added -> saved(redirect, form.parent()))
                .orElseGet(() -> list(units.exists(form.parent()) ? form.parent() : null, null, model));
    }

    /** Renames an agency or a commune; a refused name comes back in its row, as typed, with its problem. */
    @PostMapping("/rename")
    String rename(@ModelAttribute Rename form, Model model, RedirectAttributes redirect) {
        Unit unit = units.require(form.code());
        try {
            units.rename(form.code(), form.name());
        } catch (InvalidInputException e) {
            model.addAttribute("renaming", new Renaming(unit.getCode(), form.name(), e.problems()));
            return list(unit.getParentCode(), null, model);
        }
        return saved(redirect, unit.getParentCode());
    }

    /** The rename form: the unit's code and its new name. */
    record Rename(String code, String name) {}

    private static String saved(RedirectAttributes redirect, String parent) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units?parent=" + parent;
    }

    /** A rename the page shows again: the unit, the name as typed, and why it was refused. */
    record Renaming(String code, String name, List<FieldProblem> problems) {}
}
