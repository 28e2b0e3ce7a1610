package vn.doingoai.overseas;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The donation pages: the list, a donation's page with its USD and VND equivalents, the form. */
@Controller
@RequestMapping("/overseas-donations")
class OverseasDonationPageController {

    private final OverseasDonations donations;
    private final Partners partners;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    OverseasDonationPageController(
            OverseasDonations donations,
            Partners partners,
            HistoryPage history,
            Access access,
            Units units,
            Forms forms,
            ListPages listPages) {
        this.donations = donations;
        this.partners = partners;
        this.history = history;
        this.access = access;
        this.units = units;
        this.forms = forms;
        this.listPages = listPages;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") OverseasDonationFilter filter,
            @PageableDefault(size = 20, sort = "receivedOn", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(
                model, OverseasDonationColumns.LIST, donations.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("allPartners", partners.choices());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "overseas/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") OverseasDonationFilter filter, Sort sort) {
        return listPages.excel(
                OverseasDonationColumns.LIST,
                donations.listAll(filter, sort.isSorted() ? sort : Sort.by("receivedOn")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        OverseasDonations.View donation = donations.read(id);
        model.addAttribute("donation", donation);
        model.addAttribute("history", history.of("overseasDonation", id, "overseas"));
        model.addAttribute("canWrite", access.canWrite(donation.data().unit()));
        return "overseas/detail";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) String donor, Model model) {
        model.addAttribute("form", DonationForm.blank(access.current().unitCode(), donor));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", DonationForm.of(donations.read(id).data()));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        model.addAttribute("allPartners", partners.choices());
        return "overseas/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") DonationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        form.toData(),
                        form::field,
                        binding,
                        model,
                        d -> d.id() == null ? donations.create(d) : donations.update(d.id(), d),
                        () -> donations.read(form.id()).data())
                .map(saved -> Forms.saved(redirect, "/overseas-donations/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        donations.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/overseas-donations";
    }
}
