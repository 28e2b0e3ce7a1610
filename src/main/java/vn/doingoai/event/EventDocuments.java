package vn.doingoai.event;

import org.springframework.stereotype.Component;
import vn.doingoai.direction.DocumentActivities.Activity;
import vn.doingoai.direction.DocumentLinks;
import vn.doingoai.direction.PolicyDocuments;
import vn.doingoai.user.Access;

/**
 * The policy document an event carries out ({@code document}, a ref or an id): resolved on
 * writes, its ref remembered on reads, and the events listed on the document's page.
 */
@Component
class EventDocuments extends DocumentLinks<Event, EventData> {

    EventDocuments(PolicyDocuments documents, EventRepository repository, Access access) {
        super(
                documents,
                repository,
                access,
                EventData::document,
                "startDate",
                r -> new Activity("nav.events", r.getTitle(), r.getStartDate(), "/events/" + r.getId()));
    }
}
