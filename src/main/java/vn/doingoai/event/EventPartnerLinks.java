package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.unit.UnitNames;

/** A partner's page lists the events it took part in. */
@Component
class EventPartnerLinks implements PartnerLinks {

    private final Events events;
    private final UnitNames unitNames;

    EventPartnerLinks(Events events, UnitNames unitNames) {
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
}
