package vn.doingoai.event;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.doingoai.search.HitText;
import vn.doingoai.search.RecordSearch;

/** Events in the global search: by title, location, bridge points and partner names. */
@Component
class EventSearch extends RecordSearch<Event> {

    EventSearch(EventRepository repository, HitText text) {
        super("nav.events", "/events/", repository, Sort.by(Sort.Direction.DESC, "startDate"), text);
    }

    @Override
    protected Function<Event, Hit> shown(List<Event> found) {
        return e -> new Hit(e.getTitle(), text.unit(e.getUnitCode()) + " · " + text.date(e.getStartDate()));
    }
}
