package vn.doingoai.partner;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.common.Countries;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Column;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListColumns;
import vn.doingoai.web.ListPages;

/** The partner pages: the list, a partner's page with what links to it, the form. */
@Controller
@RequestMapping("/partners")
class PartnerPageController {

    private final Partners partners;
    private final List<PartnerLinks> links;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    PartnerPageController(
            Partners partners,
            List<PartnerLinks> links,
            HistoryPage history,
            Access access,
            Units units,
            Forms forms,
            ListPages listPages) {
        this.forms = forms;
        this.partners = partners;
        this.links = links;
        this.history = history;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("kinds", PartnerKind.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    /** The partner list's one declaration: its page table and its Excel export. */
    static final ListColumns<PartnerData> LIST = ListColumns.of(
            "nav.partners",
            "/partners",
            "doi-tac.xlsx",
            p -> "/partners/" + p.id(),
            List.of(
                    Column.ref(PartnerData::ref),
                    Column.text("partner.name", "name", PartnerData::name),
                    Column.text("partner.nameVi", "nameVi", PartnerData::nameVi),
                    Column.label("partner.kind", "kind", "partner.kind", PartnerData::kind),
                    Column.country("common.country", "country", PartnerData::country),
                    Column.unit(PartnerData::unit)));

    @GetMapping
    String list(
            @ModelAttribute("filter") PartnerFilter filter,
            @PageableDefault(size = 20, sort = "name") Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, LIST, partners.list(filter, pageable), access.canWriteAnything());
        return Htmx.view(request, "partner/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") PartnerFilter filter, Sort sort) {
        return listPages.excel(LIST, partners.listAll(filter, sort.isSorted() ? sort : Sort.by("name")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        PartnerData partner = partners.read(id);
        model.addAttribute("partner", partner);
        model.addAttribute(
                "parent",
                partner.parent() == null
                        ? null
                        : partners.resolve(partner.parent()).orElse(null));
        model.addAttribute("children", partners.children(id));
        List<PartnerLinks.LinkedRecord> linked = new ArrayList<>();
        links.forEach(l -> linked.addAll(l.linkedTo(id)));
        model.addAttribute("linked", linked);
        model.addAttribute("history", history.of("partner", id));
        model.addAttribute("canWrite", partners.mayEdit(id));
        return "partner/detail";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new PartnerData(
                        null, null, null, PartnerKind.FOREIGN_LOCALITY, "", "", "", null, null, null, List.of()));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        if (!partners.mayEdit(id)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Partner " + id + " is not yours to change");
        }
        model.addAttribute("form", partners.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canRead(u.getCode())).toList());
        model.addAttribute("allPartners", partners.choices());
        return "partner/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") PartnerData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? partners.create(d) : partners.update(d.id(), d),
                        () -> partners.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/partners/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        partners.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/partners";
    }
}
