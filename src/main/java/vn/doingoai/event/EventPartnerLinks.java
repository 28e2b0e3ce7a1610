package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.partner.PartnerLinks;

/** A partner's page lists the events it took part in. */
@Component
class EventPartnerLinks implements PartnerLinks {

    private final Events events;
    private final EventRepository repository;

    EventPartnerLinks(Events events, EventRepository repository) {
        this.repository = repository;
        this.events = events;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return events.ofPartner(partnerId).stream()
                .map(e -> new LinkedRecord(
                        "nav.events", e.title(), e.unit() + " · " + e.startDate(), "/events/" + e.id()))
                .toList();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
