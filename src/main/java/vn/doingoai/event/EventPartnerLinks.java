package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.partner.PartnerLinks;

/** A partner's page lists the events it took part in. */
@Component
class EventPartnerLinks implements PartnerLinks {

    private final Events events;

    EventPartnerLinks(Events events) {
        this.events = events;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return events.ofPartner(partnerId).stream()
                .map(e -> new LinkedRecord(
                        "nav.events", e.title(), e.unit() + " · " + e.startDate(), "/events/" + e.id()))
                .toList();
    }
}
