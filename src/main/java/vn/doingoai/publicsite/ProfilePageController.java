package vn.doingoai.publicsite;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;

/**
 * The page where the admins and officers of a province edit its public profile (signed in, with the
 * officers' layout): the office's contact and the presentation in both languages.
 */
@Controller
@RequestMapping("/public-profile")
class ProfilePageController {

    private final PublicProfiles profiles;
    private final Units units;
    private final Access access;
    private final Forms forms;

    ProfilePageController(PublicProfiles profiles, Units units, Access access, Forms forms) {
        this.profiles = profiles;
        this.units = units;
        this.access = access;
        this.forms = forms;
    }

    /** The profile of the user's own province. */
    @GetMapping
    String mine() {
        String unit = access.current().unitCode();
        return units.provinceOf(unit)
                .map(p -> "redirect:/public-profile/" + p.getCode())
                .orElse("redirect:/public-profile/" + (Units.COUNTRY.equals(unit) ? "01" : unit));
    }

    @GetMapping("/{unit}")
    String edit(@PathVariable String unit, Model model) {
        model.addAttribute("form", profiles.edit(unit));
        return form(unit, model);
    }

    @PostMapping("/{unit}")
    String save(
            @PathVariable String unit,
            @ModelAttribute("form") ProfileData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(form, binding, model, d -> profiles.save(unit, d), () -> profiles.of(unit))
                .map(saved -> Forms.saved(redirect, "/public-profile/" + unit))
                .orElseGet(() -> form(unit, model));
    }

    private String form(String unit, Model model) {
        model.addAttribute("province", units.require(unit));
        model.addAttribute("publicLink", Routes.PREFIX + "/" + unit);
        return "publicsite/profile";
    }
}
