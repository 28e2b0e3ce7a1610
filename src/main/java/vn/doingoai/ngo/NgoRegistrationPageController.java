package vn.doingoai.ngo;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The registration pages: the list, a registration's page, the form. */
@Controller
@RequestMapping("/ngo-registrations")
class NgoRegistrationPageController {

    private final NgoRegistrations registrations;
    private final Partners partners;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    NgoRegistrationPageController(
            NgoRegistrations registrations,
            Partners partners,
            HistoryPage history,
            Access access,
            Units units,
            Forms forms,
            ListPages listPages) {
        this.registrations = registrations;
        this.partners = partners;
        this.history = history;
        this.access = access;
        this.units = units;
        this.forms = forms;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", RegistrationKind.values());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") NgoRegistrationFilter filter,
            @PageableDefault(size = 20, sort = "validFrom", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(
                model, NgoRegistrationColumns.LIST, registrations.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("allPartners", partners.choices());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "ngo/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") NgoRegistrationFilter filter, Sort sort) {
        return listPages.excel(
                NgoRegistrationColumns.LIST,
                registrations.listAll(filter, sort.isSorted() ? sort : Sort.by("validFrom")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        NgoRegistrations.View registration = registrations.read(id);
        model.addAttribute("registration", registration.data());
        model.addAttribute("ngo", registration.ngo());
        model.addAttribute("validToday", registration.data().validOn(java.time.LocalDate.now()));
        model.addAttribute("history", history.of("ngoRegistration", id, "ngo"));
        model.addAttribute("canWrite", access.canWrite(registration.data().unit()));
        return "ngo/detail";
    }

    @GetMapping("/new")
    String create(@org.springframework.web.bind.annotation.RequestParam(required = false) String ngo, Model model) {
        model.addAttribute(
                "form",
                new NgoRegistrationData(
                        null,
                        null,
                        null,
                        access.current().unitCode(),
                        ngo,
                        RegistrationKind.OPERATION,
                        null,
                        null,
                        null,
                        null,
                        null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", registrations.read(id).data());
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        model.addAttribute("allPartners", partners.choices());
        return "ngo/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") NgoRegistrationData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? registrations.create(d) : registrations.update(d.id(), d),
                        () -> registrations.read(form.id()).data())
                .map(saved -> Forms.saved(redirect, "/ngo-registrations/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        registrations.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/ngo-registrations";
    }
}
