package vn.doingoai.border;

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
import vn.doingoai.common.Text;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.Inputs;
import vn.doingoai.web.ListPages;

/** The incident pages: the list, an incident's page, the form. */
@Controller
@RequestMapping("/border-incidents")
class BorderIncidentPageController {

    private final BorderIncidents incidents;
    private final BorderGates gates;
    private final BorderUnits borderUnits;
    private final HistoryPage history;
    private final Access access;
    private final UnitNames unitNames;
    private final Forms forms;
    private final ListPages listPages;

    BorderIncidentPageController(
            BorderIncidents incidents,
            BorderGates gates,
            BorderUnits borderUnits,
            HistoryPage history,
            Access access,
            UnitNames unitNames,
            Forms forms,
            ListPages listPages) {
        this.incidents = incidents;
        this.gates = gates;
        this.borderUnits = borderUnits;
        this.history = history;
        this.access = access;
        this.unitNames = unitNames;
        this.forms = forms;
        this.listPages = listPages;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") BorderIncidentFilter filter,
            @PageableDefault(size = 20, sort = "date", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, BorderColumns.INCIDENTS, incidents.list(filter, pageable), borderUnits.canWriteAny());
        model.addAttribute("canWrite", borderUnits.canWriteAny());
        return Htmx.view(request, "border/incidents", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") BorderIncidentFilter filter, Sort sort) {
        return listPages.excel(
                BorderColumns.INCIDENTS, incidents.listAll(filter, sort.isSorted() ? sort : Sort.by("date")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        BorderIncidents.View incident = incidents.read(id);
        model.addAttribute("incident", incident);
        model.addAttribute("history", history.of("borderIncident", id, "border.incident"));
        model.addAttribute("canWrite", access.canWrite(incident.data().unit()));
        return "border/incident";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) String gate, Model model) {
        model.addAttribute(
                "form",
                new BorderIncidentData(null, null, null, access.current().unitCode(), gate, null, "", null, null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", incidents.read(id).data());
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("units", borderUnits.writable());
        model.addAttribute(
                "gateOptions",
                gates.inScope(access.readable()).stream()
                        .map(g -> new Inputs.Option(
                                g.ref(),
                                g.name() + " (" + unitNames.label(g.unit()) + ")",
                                Text.foldAll(g.name(), g.counterpart(), unitNames.label(g.unit())),
                                String.valueOf(g.id())))
                        .toList());
        return "border/incident-form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") BorderIncidentData form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? incidents.create(d) : incidents.update(d.id(), d),
                        () -> incidents.read(form.id()).data())
                .map(saved -> Forms.saved(redirect, "/border-incidents/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        incidents.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/border-incidents";
    }
}
