package vn.doingoai.direction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * Policy documents as other modules and the report see them: the lookups ({@link #resolve}, {@link
 * #refs}, {@link #choices}, and {@link #shown} for their pages) and the documents a report names
 * ({@link #issued}). They are kept by {@link DocumentBook}, their tasks' progress by {@link Tasks}.
 */
@Service("policyDocuments")
@Transactional
public class PolicyDocuments {

    private final DocumentRepository repository;
    private final Access access;

    PolicyDocuments(DocumentRepository repository, Access access) {
        this.repository = repository;
        this.access = access;
    }

    // ---- for other modules

    /** The document of an id or a ref, whoever may see it (checks of a record's link). */
    @Transactional(readOnly = true)
    public Optional<DocumentRef> resolve(String idOrRef) {
        return find(idOrRef).map(DocumentRef::of);
    }

    /** The documents of these ids, by id, for showing and exporting references. */
    @Transactional(readOnly = true)
    public Map<Long, DocumentRef> refs(Collection<Long> ids) {
        Map<Long, DocumentRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            repository.findAllById(ids).forEach(d -> refs.put(d.getId(), DocumentRef.of(d)));
        }
        return refs;
    }

    /** The documents the current user may link a record to (those of their units), newest first. */
    @Transactional(readOnly = true)
    public List<DocumentRef> choices() {
        return repository
                .findAll(
                        access.readable().<PolicyDocument>specification(false),
                        Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by("number")))
                .stream()
                .map(DocumentRef::of)
                .toList();
    }

    /** For a record's page: the document it names, when the user may see it; else null. */
    @Transactional(readOnly = true)
    public DocumentRef shown(String idOrRef) {
        return resolve(idOrRef).filter(d -> access.canRead(d.unit())).orElse(null);
    }

    private Optional<PolicyDocument> find(String idOrRef) {
        if (idOrRef == null || idOrRef.isBlank()) {
            return Optional.empty();
        }
        Optional<PolicyDocument> byRef = repository.findByRef(idOrRef.trim());
        if (byRef.isPresent() || !idOrRef.trim().matches("\\d{1,18}")) {
            return byRef;
        }
        return repository.findById(Long.valueOf(idOrRef.trim()));
    }

    // ---- the report

    /**
     * The documents of a scope issued within the dates (those {@code documents.issued} counts), by
     * date of issue and number: the report names them. No access check: the report's own.
     */
    @Transactional(readOnly = true)
    List<DocumentRef> issued(UnitScope scope, LocalDate from, LocalDate to) {
        Specification<PolicyDocument> spec = Specification.<PolicyDocument>where(scope.specification(false))
                .and((root, q, cb) -> cb.between(root.get("issuedOn"), from, to));
        return repository.findAll(spec, Sort.by("issuedOn", "number", "id")).stream()
                .map(DocumentRef::of)
                .toList();
    }
}
