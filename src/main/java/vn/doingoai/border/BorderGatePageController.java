package vn.doingoai.border;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
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
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The gate pages: the list, a gate's page with its closures and state today, the form. */
@Controller
@RequestMapping("/border-gates")
class BorderGatePageController {

    private final BorderGates gates;
    private final BorderUnits borderUnits;
    private final HistoryPage history;
    private final Access access;
    private final Forms forms;
    private final ListPages listPages;

    BorderGatePageController(
            BorderGates gates,
            BorderUnits borderUnits,
            HistoryPage history,
            Access access,
            Forms forms,
            ListPages listPages) {
        this.gates = gates;
        this.borderUnits = borderUnits;
        this.history = history;
        this.access = access;
        this.forms = forms;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("kinds", GateKind.values());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") BorderGateFilter filter,
            @PageableDefault(size = 20, sort = "name") Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, BorderColumns.GATES, gates.list(filter, pageable), borderUnits.canWriteAny());
        model.addAttribute("canWrite", borderUnits.canWriteAny());
        return Htmx.view(request, "border/gates", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") BorderGateFilter filter, Sort sort) {
        return listPages.excel(BorderColumns.GATES, gates.listAll(filter, sort.isSorted() ? sort : Sort.by("name")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        BorderGateData gate = gates.read(id);
        model.addAttribute("gate", gate);
        model.addAttribute("closure", gate.closureOn(LocalDate.now()).orElse(null));
        model.addAttribute("history", history.of("borderGate", id, "border.gate"));
        model.addAttribute("canWrite", access.canWrite(gate.unit()));
        return "border/gate";
    }

    @GetMapping("/new")
    String create(Model model, Locale locale) {
        model.addAttribute(
                "form",
                new BorderGateData(
                        null,
                        null,
                        null,
                        access.current().unitCode(),
                        "",
                        GateKind.SECONDARY,
                        null,
                        null,
                        List.of(),
                        null,
                        null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", gates.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("units", borderUnits.writable());
        return "border/gate-form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") BorderGateData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? gates.create(d) : gates.update(d.id(), d),
                        () -> gates.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/border-gates/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        gates.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/border-gates";
    }
}
