package vn.doingoai.overseas;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.user.Access;

/**
 * The overseas Vietnamese pages: {@code /overseas}, the associations with what their people gave,
 * and {@code /overseas/associations/{id}}, one association's donations (in their currencies, in USD
 * and in VND) and events.
 */
@Controller
@RequestMapping("/overseas")
class AssociationPageController {

    private final Associations associations;
    private final Access access;

    AssociationPageController(Associations associations, Access access) {
        this.associations = associations;
        this.access = access;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("rows", associations.index());
        model.addAttribute("canWrite", access.canWriteAnything());
        return "overseas/index";
    }

    @GetMapping("/associations/{id}")
    String association(@PathVariable Long id, Model model) {
        model.addAttribute("page", associations.page(id));
        model.addAttribute("canWrite", access.canWriteAnything());
        return "overseas/association";
    }
}
