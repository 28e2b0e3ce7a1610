package vn.doingoai.event;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.unit.UnitScope;

/** The lookups of events that other modules use (the keeping of events is {@link EventBook}'s). */
@Service
@Transactional(readOnly = true)
public class Events {

    private final EventBook book;
    private final EventRepository repository;

    Events(EventBook book, EventRepository repository) {
        this.book = book;
        this.repository = repository;
    }

    /** The events a partner took part in that the current user may see (an association's page lists them). */
    public List<EventData> ofPartner(Long partnerId) {
        return book.ofPartner(partnerId);
    }

    /**
     * The titles of the homeland events of a scope starting in a period, by date, as {@code
     * events.homeland} counts them: for the overseas Vietnamese section of the report.
     */
    public List<String> homelandTitles(UnitScope scope, LocalDate from, LocalDate to) {
        Specification<Event> spec = Specification.<Event>where(scope.specification(false))
                .and(RecordSpecs.equal("type", EventType.HOMELAND))
                .and((root, q, cb) -> cb.between(root.get("startDate"), from, to));
        return repository.findAll(spec, Sort.by("startDate", "id")).stream()
                .map(Event::getTitle)
                .toList();
    }
}
