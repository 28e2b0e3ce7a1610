package vn.doingoai.event;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.doingoai.agreement.Agreements;
import vn.doingoai.common.Countries;
import vn.doingoai.partner.Partners;
import vn.doingoai.web.PageParts;
import vn.doingoai.web.PageType;
import vn.doingoai.web.RecordFormPages;
import vn.doingoai.web.RecordList;

/** The event pages: the list, an event's page with its bridge points and agreement, the form. */
@Controller
@RequestMapping("/events")
class EventPageController extends RecordFormPages<EventData, EventFilter, EventData> {

    private final EventBook events;
    private final Partners partners;
    private final Agreements agreements;

    EventPageController(EventBook events, Partners partners, Agreements agreements, PageParts parts) {
        super(parts, events, RecordList.of(EventColumns.LIST, events), PageType.of("event"));
        this.events = events;
        this.partners = partners;
        this.agreements = agreements;
    }

    @ModelAttribute
    void common(Model model, Locale locale) {
        model.addAttribute("types", EventType.values());
        model.addAttribute("formats", EventFormat.values());
        model.addAttribute("roles", EventRole.values());
        model.addAttribute("countries", Countries.all(locale));
    }

    @Override
    protected void details(Long id, Model model) {
        EventData event = events.read(id);
        model.addAttribute("event", event);
        model.addAttribute("partners", events.partnersOf(id));
        model.addAttribute("agreement", events.agreementOf(event).orElse(null));
        model.addAttribute("canWrite", parts.access().canWrite(event.unit()));
    }

    @Override
    protected EventData blank() {
        return new EventData(
                null,
                null,
                null,
                parts.access().current().unitCode(),
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
                null);
    }

    @Override
    protected void formModel(Model model) {
        model.addAttribute("allPartners", partners.choices());
        model.addAttribute("allAgreements", agreements.choices());
    }
}
