package vn.doingoai.delegation;

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
 * The policy document a delegation carries out ({@code document}, a ref or an id): resolved on
 * writes, its ref remembered on reads, and the delegations listed on the document's page.
 */
@Component
class DelegationDocuments implements DocumentActivities {

    private final PolicyDocuments documents;
    private final DelegationRepository repository;
    private final Access access;

    DelegationDocuments(PolicyDocuments documents, DelegationRepository repository, Access access) {
        this.documents = documents;
        this.repository = repository;
        this.access = access;
    }

    /** Remembers on each delegation its document's ref, in one query. */
    void remember(Collection<Delegation> delegations) {
        Map<Long, DocumentRef> refs = documents.refs(delegations.stream()
                .map(Delegation::getDocumentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        delegations.forEach(a -> {
            DocumentRef d = a.getDocumentId() == null ? null : refs.get(a.getDocumentId());
            a.linkDocument(a.getDocumentId(), d == null ? null : d.ref());
        });
    }

    /** Whether the document the data names exists (or none is named). */
    boolean known(DelegationData data) {
        return blank(data) || documents.resolve(data.document()).isPresent();
    }

    /** Links the delegation to the document the data names, or to none. */
    void link(Delegation a, DelegationData data) {
        Optional<DocumentRef> d = blank(data) ? Optional.empty() : documents.resolve(data.document());
        a.linkDocument(
                d.map(DocumentRef::id).orElse(null), d.map(DocumentRef::ref).orElse(null));
    }

    private static boolean blank(DelegationData data) {
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
                .map(a -> new Activity("nav.delegations", a.getTitle(), a.getStartDate(), "/delegations/" + a.getId()))
                .toList();
    }
}
