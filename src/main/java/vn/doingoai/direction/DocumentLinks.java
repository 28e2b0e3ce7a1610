package vn.doingoai.direction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordEntity;
import vn.doingoai.common.RecordRepository;
import vn.doingoai.common.Text;
import vn.doingoai.user.Access;

/**
 * The policy document that records of one type carry out (a ref or an id in their data): resolved
 * on writes, its ref remembered on reads, and the records listed on the document's page. A module
 * whose records carry out documents (agreements, delegations, events) extends it with its
 * repository, the data's field that names the document, the date its records are listed by, and
 * how one is listed.
 *
 * @param <E> the entity
 * @param <D> its data shape
 */
public abstract class DocumentLinks<E extends RecordEntity & DocumentLinks.Carrier, D> implements DocumentActivities {

    /** A record that carries out a policy document: the document's id, and its ref for the data shape. */
    public interface Carrier {

        Long getDocumentId();

        void linkDocument(Long documentId, String documentRef);
    }

    private final PolicyDocuments documents;
    private final RecordRepository<E> repository;
    private final Access access;
    private final Function<D, String> named;
    private final Sort listed;
    private final Function<E, Activity> activity;

    /**
     * @param named the data's field naming the document ({@code policyDocument}, {@code document})
     * @param dateField the records' date on the document's page, the latest first
     * @param activity how a record is listed on the document's page
     */
    protected DocumentLinks(
            PolicyDocuments documents,
            RecordRepository<E> repository,
            Access access,
            Function<D, String> named,
            String dateField,
            Function<E, Activity> activity) {
        this.documents = documents;
        this.repository = repository;
        this.access = access;
        this.named = named;
        this.listed = Sort.by(Sort.Direction.DESC, dateField);
        this.activity = activity;
    }

    /** Remembers on each record its document's ref, in one query. */
    public void remember(Collection<E> records) {
        Map<Long, DocumentRef> refs = documents.refs(records.stream()
                .map(Carrier::getDocumentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        records.forEach(r -> {
            DocumentRef d = r.getDocumentId() == null ? null : refs.get(r.getDocumentId());
            r.linkDocument(r.getDocumentId(), d == null ? null : d.ref());
        });
    }

    /** Whether the document the data names exists (or none is named). */
    public boolean known(D data) {
        return Text.isBlank(named.apply(data))
                || documents.resolve(named.apply(data)).isPresent();
    }

    /** Links the record to the document the data names, or to none. */
    public void link(E record, D data) {
        Optional<DocumentRef> d =
                Text.isBlank(named.apply(data)) ? Optional.empty() : documents.resolve(named.apply(data));
        record.linkDocument(
                d.map(DocumentRef::id).orElse(null), d.map(DocumentRef::ref).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Activity> activitiesOf(Long documentId) {
        return repository.findAll((root, q, cb) -> cb.equal(root.get("documentId"), documentId), listed).stream()
                .filter(r -> access.canRead(r.getUnitCode()))
                .map(activity)
                .toList();
    }
}
