package vn.doingoai.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.common.Countries;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The partner pages: the list, a partner's page with what links to it, the form. */
@Controller
@RequestMapping("/partners")
class PartnerPageController extends RecordFormPages<PartnerData, PartnerFilter, PartnerData> {

    private final PartnerBook partners;
    private final Partners lookups;
    private final List<PartnerLinks> links;

    PartnerPageController(PartnerBook partners, Partners lookups, List<PartnerLinks> links, PageParts parts) {
        super(parts, partners, RecordList.of(PartnerColumns.LIST, partners), PageType.of("partner"));
        this.partners = partners;
        this.lookups = lookups;
        this.links = links;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    @Override
    protected void details(Long id, Model model) {
        PartnerData partner = partners.read(id);
        model.addAttribute("partner", partner);
        model.addAttribute(
                "parent",
                partner.parent() == null
                        ? null
                        : lookups.resolve(partner.parent()).orElse(null));
        model.addAttribute("children", partners.children(id));
        List<PartnerLinks.LinkedRecord> linked = new ArrayList<>();
        links.forEach(l -> linked.addAll(l.linkedTo(id)));
        model.addAttribute("linked", linked);
        model.addAttribute("canWrite", partners.mayEdit(id));
    }

    @Override
    protected PartnerData blank() {
        return new PartnerData(null, null, null, PartnerKind.FOREIGN_LOCALITY, "", "", "", null, null, null, List.of());
    }

    @Override
    protected PartnerData editing(Long id) {
        if (!partners.mayEdit(id)) {
            throw new AccessDeniedException("Partner " + id + " is not yours to change");
        }
        return partners.read(id);
    }

    /** A partner may be of any unit the user reads (its writing right is checked on save). */
    @Override
    protected void formModel(Model model) {
        model.addAttribute("units", parts.readableUnits());
        model.addAttribute("allPartners", lookups.choices());
    }
}
