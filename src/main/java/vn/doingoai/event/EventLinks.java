package vn.doingoai.event;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.agreement.AgreementActivities;
import vn.doingoai.agreement.AgreementActivities.Activity;
import vn.doingoai.calendar.CalendarSource;
import vn.doingoai.calendar.CalendarSource.CalendarEntry;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;

/**
 * Events elsewhere: in the calendar of their unit (as all-day entries), on the page of the
 * agreement they carry out, and on the pages of the partners taking part.
 */
@Configuration(proxyBeanMethods = false)
class EventLinks {

    @Bean
    CalendarSource eventsInCalendar(EventBook events) {
        return CalendarSource.of(
                events::inScope,
                e -> new CalendarEntry(
                        CalendarEntry.uid("event", e.id()),
                        e.title(),
                        e.description(),
                        e.startDate(),
                        e.endDate() == null ? e.startDate() : e.endDate(),
                        e.place(),
                        "/events/" + e.id()));
    }

    @Bean
    AgreementActivities eventsOfAgreement(EventBook events) {
        return AgreementActivities.of(
                events::ofAgreement,
                e -> new Activity("nav.events", e.title(), e.startDate(), e.place(), "/events/" + e.id()));
    }

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
