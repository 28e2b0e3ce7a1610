package vn.doingoai.event;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.agreement.AgreementActivities;

/** An agreement's page lists the events that carry it out. */
@Component
class EventAgreementActivities implements AgreementActivities {

    private final EventBook events;

    EventAgreementActivities(EventBook events) {
        this.events = events;
    }

    @Override
    public List<Activity> activitiesOf(Long agreementId) {
        return events.ofAgreement(agreementId).stream()
                .map(e -> new Activity("nav.events", e.title(), e.startDate(), e.place(), "/events/" + e.id()))
                .toList();
    }
}
