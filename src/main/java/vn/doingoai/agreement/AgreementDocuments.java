package vn.doingoai.agreement;

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
 * The policy document an agreement carries out ({@code policyDocument}, a ref or an id): resolved on
 * writes, its ref remembered on reads, and the agreements listed on the document's page.
 */
@Component
class AgreementDocuments implements DocumentActivities {

    private final PolicyDocuments documents;
    private final AgreementRepository repository;
    private final Access access;

    AgreementDocuments(PolicyDocuments documents, AgreementRepository repository, Access access) {
        this.documents = documents;
        this.repository = repository;
        this.access = access;
    }

    /** Remembers on each agreement its document's ref, in one query. */
    void remember(Collection<Agreement> agreements) {
        Map<Long, DocumentRef> refs = documents.refs(agreements.stream()
                .map(Agreement::getDocumentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        agreements.forEach(a -> {
            DocumentRef d = a.getDocumentId() == null ? null : refs.get(a.getDocumentId());
            a.linkDocument(a.getDocumentId(), d == null ? null : d.ref());
        });
    }

    /** Whether the document the data names exists (or none is named). */
    boolean known(AgreementData data) {
        return blank(data) || documents.resolve(data.policyDocument()).isPresent();
    }

    /** Links the agreement to the document the data names, or to none. */
    void link(Agreement a, AgreementData data) {
        Optional<DocumentRef> d = blank(data) ? Optional.empty() : documents.resolve(data.policyDocument());
        a.linkDocument(
                d.map(DocumentRef::id).orElse(null), d.map(DocumentRef::ref).orElse(null));
    }

    private static boolean blank(AgreementData data) {
        return data.policyDocument() == null || data.policyDocument().isBlank();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Activity> activitiesOf(Long documentId) {
        return repository
                .findAll(
                        (root, q, cb) -> cb.equal(root.get("documentId"), documentId),
                        Sort.by(Sort.Direction.DESC, "signedOn"))
                .stream()
                .filter(a -> access.canRead(a.getUnitCode()))
                .map(a -> new Activity("nav.agreements", a.getTitle(), a.getSignedOn(), "/agreements/" + a.getId()))
                .toList();
    }
}
