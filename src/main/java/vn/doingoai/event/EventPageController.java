package vn.doingoai.event;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.doingoai.agreement.Agreements;
import vn.doingoai.common.Countries;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.HistoryPage;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.ListPages;

/** The event pages: the list, an event's page with its bridge points and agreement, the form. */
@Controller
@RequestMapping("/events")
class EventPageController {

    private final Events events;
    private final Partners partners;
    private final Agreements agreements;
    private final HistoryPage history;
    private final Access access;
    private final Units units;
    private final Forms forms;
    private final ListPages listPages;

    EventPageController(
            Events events,
            Partners partners,
            Agreements agreements,
            HistoryPage history,
            Access access,
            Units units,
            Forms forms,
            ListPages listPages) {
        this.forms = forms;
        this.events = events;
        this.partners = partners;
        this.agreements = agreements;
        this.history = history;
        this.access = access;
        this.units = units;
        this.listPages = listPages;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("types", EventType.values());
        model.addAttribute("formats", EventFormat.values());
        model.addAttribute("roles", EventRole.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") EventFilter filter,
            @PageableDefault(size = 20, sort = "startDate", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            Model model) {
        listPages.show(model, EventColumns.LIST, events.list(filter, pageable), access.canWriteAnything());
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "event/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") EventFilter filter, Sort sort) {
        return listPages.excel(
                EventColumns.LIST, events.listAll(filter, sort.isSorted() ? sort : Sort.by("startDate")));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable Long id, Model model) {
        EventData event = events.read(id);
        model.addAttribute("event", event);
        model.addAttribute("partners", events.partnersOf(id));
        model.addAttribute("agreement", events.agreementOf(event).orElse(null));
        model.addAttribute("history", history.of("event", id));
        model.addAttribute("canWrite", access.canWrite(event.unit()));
        return "event/detail";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute(
                "form",
                new EventData(
                        null,
                        null,
                        null,
                        access.current().unitCode(),
                        "",
                        EventType.CONFERENCE,
                        EventFormat.IN_PERSON,
                        EventRole.HOSTED,
                        null,
                        null,
                        List.of(),
                        List.of(),
                        null,
                        null,
                        null,
                        null,
                        null));
        return form(model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("form", events.read(id));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute(
                "units",
                units.all().stream().filter(u -> access.canWrite(u.getCode())).toList());
        model.addAttribute("allPartners", partners.choices());
        model.addAttribute("allAgreements", agreements.choices());
        return "event/form";
    }

    @PostMapping
    String save(
            @ModelAttribute("form") EventData form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.save(
                        form,
                        binding,
                        model,
                        d -> d.id() == null ? events.create(d) : events.update(d.id(), d),
                        () -> events.read(form.id()))
                .map(saved -> Forms.saved(redirect, "/events/" + saved.id()))
                .orElseGet(() -> form(model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable Long id, RedirectAttributes redirect) {
        events.delete(id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/events";
    }
}
