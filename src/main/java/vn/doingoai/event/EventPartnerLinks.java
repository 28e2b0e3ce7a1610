package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.unit.UnitNames;

/** A partner's page lists the events it took part in. */
@Component
class EventPartnerLinks implements PartnerLinks {

    private final EventBook events;
    private final EventRepository repository;
    private final UnitNames unitNames;

    EventPartnerLinks(EventBook events, EventRepository repository, UnitNames unitNames) {
        this.repository = repository;
        this.events = events;
        this.unitNames = unitNames;
    }

    @Override
    public List<LinkedRecord> linkedTo(Long partnerId) {
        return events.ofPartner(partnerId).stream()
                .map(e -> new LinkedRecord(
                        "nav.events",
                        e.title(),
                        unitNames.label(e.unit()) + " · " + VietnameseFormat.date(e.startDate()),
                        "/events/" + e.id()))
                .toList();
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public java.util.Set<String> unitsUsing(Long partnerId) {
        return repository.unitsNaming(partnerId);
    }
}
