package vn.doingoai.investment;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The FDI pages: the list with filters, a project's page with its capital history, the form. */
@Controller
@RequestMapping("/investments")
class InvestmentPageController {

    private final Investments investments;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final vn.doingoai.partner.Partners partnerChoices;
    private final Forms forms;
    private final ListPages listPages;

    InvestmentPageController(
            Investments investments,
            HistoryPage history,
            Access access,
            Units units,
            vn.doingoai.partner.Partners partnerChoices,
            Forms forms,
            ListPages listPages) {
        this.forms = forms;
        this.partnerChoices = partnerChoices;
        this.investments = investments;
        this.history = history;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("statuses", InvestmentStatus.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") InvestmentFilter filter,
            @PageableDefault(size = 20, sort = "registeredOn", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(
                model, InvestmentColumns.LIST, investments.listViews(filter, pageable), access.canWriteAnything());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "investment/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") InvestmentFilter filter, Sort sort) {
        return listPages.excel(
                InvestmentColumns.LIST, investments.listAll(filter, sort.isSorted() ? sort : Sort.by("registeredOn")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        Investments.View view = investments.view(id);
        model.addAttribute("investment", view.data());
        model.addAttribute("investor", view.investor());
        model.addAttribute("steps", investments.capitalHistory(view.data()));
        model.addAttribute("history", history.of("investment", id));
        model.addAttribute("canWrite", investments.canWrite(view.data().unit()));
        return "investment/detail";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", InvestmentForm.blank());
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", InvestmentForm.of(investments.read(id)));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("partners", partnerChoices.choices());
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        return "investment/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") InvestmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        form.toData(),
                        form::field,
                        binding,
                        model,
                        d -> d.id() == null ? investments.create(d) : investments.update(d.id(), d),
                        () -> investments.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/investments/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        investments.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/investments";
    }
}
