package vn.doingoai.event;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doingoai.agreement.AgreementActivities;
import vn.doingoai.agreement.AgreementActivities.Activity;
import vn.doingoai.calendar.CalendarSource;
import vn.doingoai.calendar.CalendarSource.CalendarEntry;
import vn.doingoai.partner.PartnerLinks;
import vn.doingoai.partner.PartnerLinks.LinkedRecord;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.web.PageFormat;

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
                        page(e)));
    }

    @Bean
    AgreementActivities eventsOfAgreement(EventBook events) {
        return AgreementActivities.of(
                events::ofAgreement, e -> new Activity("nav.events", e.title(), e.startDate(), e.place(), page(e)));
    }

    @Bean
    PartnerLinks eventsOfPartner(EventBook events, EventRepository repository, UnitNames unitNames, PageFormat format) {
        return PartnerLinks.of(
                events::ofPartner,
                repository::unitsNaming,
                e -> new LinkedRecord(
                        "nav.events",
                        e.title(),
                        unitNames.label(e.unit()) + " · " + format.date(e.startDate()),
                        page(e)));
    }

    /** An event's page. */
    private static String page(EventData e) {
        return "/events/" + e.id();
    }
}
