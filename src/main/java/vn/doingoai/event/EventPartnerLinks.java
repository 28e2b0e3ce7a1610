package vn.doingoai.event;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;

/** A partner's page lists the events it took part in. */
@Configuration(proxyBeanMethods = false)
class EventPartnerLinks {

    @Bean
    PartnerLinks eventsOfPartner(EventBook events, EventRepository repository, UnitNames unitNames) {
        return PartnerLinks.of(
                events::ofPartner,
                repository::unitsNaming,
                e -> new LinkedRecord(
                        "nav.events",
                        e.title(),
                        unitNames.label(e.unit()) + " · " + VietnameseFormat.date(e.startDate()),
                        "/events/" + e.id()));
    }
}
