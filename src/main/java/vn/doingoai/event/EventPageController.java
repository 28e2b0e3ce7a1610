package vn.doingoai.event;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
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
import vn.doingoai.common.ExcelExport;
import vn.doingoai.history.HistoryService;
import vn.doingoai.partner.Partners;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;
import vn.doingoai.web.Forms;
import vn.doingoai.web.Htmx;
import vn.doingoai.web.Texts;

/** The event pages: the list, an event's page with its bridge points and agreement, the form. */
@Controller
@RequestMapping("/events")
class EventPageController {

    private final Events events;
    private final Partners partners;
    private final Agreements agreements;
    private final HistoryService history;
    private final Access access;
    private final Units units;
    private final Texts texts;
    private final Forms forms;

    EventPageController(
            Events events,
            Partners partners,
            Agreements agreements,
            HistoryService history,
            Access access,
            Units units,
            Texts texts,
            Forms forms) {
        this.forms = forms;
        this.events = events;
        this.partners = partners;
        this.agreements = agreements;
        this.history = history;
        this.access = access;
        this.units = units;
        this.texts = texts;
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
        Page<EventData> page = events.list(filter, pageable);
        model.addAttribute("page", page);
        model.addAttribute("canWrite", access.canWriteAnything());
        return Htmx.view(request, "event/list", "results");
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") EventFilter filter, Sort sort, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (EventData e : events.listAll(filter, sort.isSorted() ? sort : Sort.by("startDate"))) {
            rows.add(List.of(
                    e.ref(),
                    e.unit(),
                    e.title(),
                    texts.of("event.type." + e.type()),
                    texts.of("event.format." + e.format()),
                    texts.of("event.role." + e.role()),
                    e.startDate(),
                    e.endDate() == null ? "" : e.endDate(),
                    e.location() == null ? "" : e.location(),
                    e.bridgePoints().stream()
                            .map(b -> b.place() + " (" + Countries.name(b.country(), locale) + ")")
                            .collect(Collectors.joining("; ")),
                    e.participants() == null ? "" : e.participants()));
        }
        List<String> headers = List.of(
                texts.of("common.ref"),
                texts.of("common.unit"),
                texts.of("event.title"),
                texts.of("event.type"),
                texts.of("event.format"),
                texts.of("event.role"),
                texts.of("event.startDate"),
                texts.of("event.endDate"),
                texts.of("event.location"),
                texts.of("event.bridgePoints"),
                texts.of("event.participants"));
        return ExcelExport.download("su-kien.xlsx", ExcelExport.write(texts.of("nav.events"), headers, rows));
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
