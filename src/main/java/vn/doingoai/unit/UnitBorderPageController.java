package vn.doingoai.unit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On the admins' page of units: a province's border flag, set or cleared. */
@Controller
@RequestMapping("/units/border")
@PreAuthorize("hasRole('ADMIN')")
class UnitBorderPageController {

    private final UnitBorders borders;

    UnitBorderPageController(UnitBorders borders) {
        this.borders = borders;
    }

    @PostMapping
    String set(
            @RequestParam String code,
            @RequestParam(defaultValue = "false") boolean border,
            @RequestParam(required = false) String q,
            RedirectAttributes redirect) {
        borders.set(code, border);
        redirect.addFlashAttribute("saved", true);
        if (q != null && !q.isBlank()) {
            redirect.addAttribute("q", q);
        }
        return "redirect:/units";
    }
}
