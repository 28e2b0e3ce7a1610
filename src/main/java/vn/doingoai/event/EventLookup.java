package vn.doingoai.event;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What another module needs to name an event in its records (a news item reports one): the event of
 * an id or a ref, and events by id.
 */
@Service
@Transactional(readOnly = true)
public class EventLookup {

    /** An event as another record names it. */
    public record Named(Long id, String ref, String unit, String title) {

        public String link() {
            return "/events/" + id;
        }
    }

    private final EventRepository repository;

    EventLookup(EventRepository repository) {
        this.repository = repository;
    }

    /** The event of an id or a ref, as a request names it. */
    public Optional<Named> resolve(String idOrRef) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        String key = idOrRef.trim();
        Optional<Event> found = repository.findByRef(key);
        if (found.isEmpty() && key.matches("\\d{1,18}")) {
            found = repository.findById(Long.valueOf(key));
        }
        return found.map(EventLookup::named);
    }

    /** The events of these ids, by id. */
    public Map<Long, Named> named(Collection<Long> ids) {
        Map<Long, Named> named = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(e -> named.put(e.getId(), named(e)));
        }
        return named;
    }

    /** The latest of these units' events, for a picker: at most 500, the latest first. */
    public java.util.List<Named> choices(vn.doingoai.unit.UnitScope scope) {
        return repository
                .findAll(
                        scope.<Event>specification(false),
                        org.springframework.data.domain.PageRequest.of(
                                0,
                                500,
                                org.springframework.data.domain.Sort.by(
                                        org.springframework.data.domain.Sort.Direction.DESC, "startDate", "id")))
                .stream()
                .map(EventLookup::named)
                .toList();
    }

    private static Named named(Event e) {
        return new Named(e.getId(), e.getRef(), e.getUnitCode(), e.getTitle());
    }
}
