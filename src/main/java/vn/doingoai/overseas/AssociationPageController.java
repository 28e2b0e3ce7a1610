package vn.doingoai.overseas;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doingoai.user.Access;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;
import vn.doingoai.web.Paging;

/**
 * The overseas Vietnamese pages: {@code /overseas}, the associations with what their people gave
 * (found by name without diacritics and by country, paged, ordered, and exported to Excel), and
 * {@code /overseas/associations/{id}}, one association's donations (in their currencies, in USD and
 * in VND) and events.
 */
@Controller
@RequestMapping("/overseas")
class AssociationPageController {

    private final Associations associations;
    private final Access access;
    private final ListPages listPages;

    AssociationPageController(Associations associations, Access access, ListPages listPages) {
        this.associations = associations;
        this.access = access;
        this.listPages = listPages;
    }

    @GetMapping
    String index(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String country,
            @PageableDefault(size = 20, sort = "name") Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(
                model,
                AssociationColumns.LIST,
                Paging.of(associations.index(q, country, pageable.getSort()), pageable),
                null);
        model.addAttribute("q", q);
        model.addAttribute("country", country);
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "overseas/index", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q, @RequestParam(required = false) String country, Sort sort) {
        return listPages.excel(AssociationColumns.LIST, associations.index(q, country, sort));
    }

    @GetMapping("/associations/{id}")
    String association(@PathVariable Long id, Model model) {
        model.addAttribute("page", associations.page(id));
        model.addAttribute("canWrite", access.canWriteAnything());
        return "overseas/association";
    }
}
