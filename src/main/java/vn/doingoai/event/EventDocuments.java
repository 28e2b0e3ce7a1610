package vn.doingoai.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.direction.DocumentActivities;
import vn.doingoai.direction.DocumentRef;
import vn.doingoai.direction.PolicyDocuments;
import vn.doingoai.user.Access;

/**
 * The policy document an event carries out ({@code document}, a ref or an id): resolved on
 * writes, its ref remembered on reads, and the events listed on the document's page.
 */
@Component
class EventDocuments implements DocumentActivities {

    private final PolicyDocuments documents;
    private final EventRepository repository;
    private final Access access;

    EventDocuments(PolicyDocuments documents, EventRepository repository, Access access) {
        this.documents = documents;
        this.repository = repository;
        this.access = access;
    }

    /** Remembers on each event its document's ref, in one query. */
    void remember(Collection<Event> events) {
        Map<Long, DocumentRef> refs = documents.refs(events.stream()
                .map(Event::getDocumentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        events.forEach(a -> {
            DocumentRef d = a.getDocumentId() == null ? null : refs.get(a.getDocumentId());
            a.linkDocument(a.getDocumentId(), d == null ? null : d.ref());
        });
    }

    /** Whether the document the data names exists (or none is named). */
    boolean known(EventData data) {
        return blank(data) || documents.resolve(data.document()).isPresent();
    }

    /** Links the event to the document the data names, or to none. */
    void link(Event a, EventData data) {
        Optional<DocumentRef> d = blank(data) ? Optional.empty() : documents.resolve(data.document());
        a.linkDocument(
                d.map(DocumentRef::id).orElse(null), d.map(DocumentRef::ref).orElse(null));
    }

    private static boolean blank(EventData data) {
        return data.document() == null || data.document().isBlank();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Activity> activitiesOf(Long documentId) {
        return repository
                .findAll(
                        (root, q, cb) -> cb.equal(root.get("documentId"), documentId),
                        Sort.by(Sort.Direction.DESC, "startDate"))
                .stream()
                .filter(a -> access.canRead(a.getUnitCode()))
                .map(a -> new Activity("nav.events", a.getTitle(), a.getStartDate(), "/events/" + a.getId()))
                .toList();
    }
}
