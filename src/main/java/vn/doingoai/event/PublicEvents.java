package vn.doingoai.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.unit.UnitScope;

/**
 * The public view of events, for the public site: only what {@link PublicEvent} holds. Reads without
 * a signed-in user.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("public")
public class PublicEvents {

    private final EventRepository repository;

    PublicEvents(EventRepository repository) {
        this.repository = repository;
    }

    /** The events of these units that have not ended by {@code day}, the soonest first. */
    public List<PublicEvent> upcoming(UnitScope scope, LocalDate day, int limit) {
        Specification<Event> notEnded = (root, q, cb) -> cb.or(
                cb.greaterThanOrEqualTo(root.get("startDate"), day), cb.greaterThanOrEqualTo(root.get("endDate"), day));
        return repository
                .findAll(
                        Specification.<Event>where(scope.specification(false)).and(notEnded),
                        PageRequest.of(0, limit, Sort.by("startDate", "id")))
                .stream()
                .map(PublicEvents::view)
                .toList();
    }

    /** An event of these units. */
    public Optional<PublicEvent> find(UnitScope scope, Long id) {
        return id == null
                ? Optional.empty()
                : repository
                        .findById(id)
                        .filter(e -> scope.contains(e.getUnitCode()))
                        .map(PublicEvents::view);
    }

    private static PublicEvent view(Event e) {
        EventData place = new EventData(
                null,
                null,
                null,
                null,
                null,
                null,
                e.getFormat(),
                null,
                null,
                null,
                null,
                e.getBridgePoints(),
                null,
                null,
                e.getLocation(),
                null,
                null);
        return new PublicEvent(
                e.getId(), e.getTitle(), e.getType().name(), e.getStartDate(), e.getEndDate(), place.place());
    }
}
