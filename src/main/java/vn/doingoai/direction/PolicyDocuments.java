package vn.doingoai.direction;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.InvalidInputException;
import vn.doingoai.common.NotFoundException;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.common.StaleVersionException;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.unit.Units;
import vn.doingoai.user.Access;

/**
 * Policy documents: the lookups other modules use ({@link #resolve}, {@link #refs}, {@link
 * #choices}, and {@link #shown} for their pages), and the keeping of documents for this module's
 * pages, API and dataset section. Their tasks' progress is {@link Tasks}'.
 */
@Service("policyDocuments")
@Transactional
public class PolicyDocuments {

    private final DocumentRepository repository;
    private final DocumentRules rules;
    private final Access access;
    private final Units units;

    PolicyDocuments(DocumentRepository repository, DocumentRules rules, Access access, Units units) {
        this.repository = repository;
        this.rules = rules;
        this.access = access;
        this.units = units;
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

    // ---- keeping documents

    @Transactional(readOnly = true)
    Page<DocumentData> list(DocumentFilter filter, Pageable pageable) {
        return repository
                .findAll(specification(filter), pageable)
                .map(d -> DocumentData.of(d, DocumentData.Shape.IDENTITY));
    }

    @Transactional(readOnly = true)
    List<DocumentData> listAll(DocumentFilter filter, Sort sort) {
        return repository.findAll(specification(filter), sort).stream()
                .map(d -> DocumentData.of(d, DocumentData.Shape.IDENTITY))
                .toList();
    }

    private Specification<PolicyDocument> specification(DocumentFilter filter) {
        UnitScope scope = access.scope(filter.unit(), true);
        Specification<PolicyDocument> spec = Specification.<PolicyDocument>where(scope.specification(false))
                .and(RecordSpecs.matching(filter.q()))
                .and(RecordSpecs.equal("kind", filter.kind()));
        if (filter.from() != null) {
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("issuedOn"), filter.from()));
        }
        if (filter.to() != null) {
            spec = spec.and((root, q, cb) -> cb.lessThanOrEqualTo(root.get("issuedOn"), filter.to()));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    DocumentData read(Long id) {
        return DocumentData.of(get(id), DocumentData.Shape.IDENTITY);
    }

    private PolicyDocument get(Long id) {
        PolicyDocument d = repository.findById(id).orElseThrow(() -> new NotFoundException("Document " + id));
        access.checkRead(d.getUnitCode());
        return d;
    }

    DocumentData create(DocumentData data) {
        checkWrite(data.unit());
        PolicyDocument d = new PolicyDocument();
        apply(d, data);
        repository.saveAndFlush(d);
        return read(d.getId());
    }

    DocumentData update(Long id, DocumentData data) {
        PolicyDocument d = get(id);
        access.checkWrite(d.getUnitCode());
        checkWrite(data.unit());
        StaleVersionException.check(d, data.version());
        apply(d, data);
        repository.flush();
        return read(id);
    }

    void delete(Long id) {
        PolicyDocument d = get(id);
        access.checkWrite(d.getUnitCode());
        repository.delete(d);
    }

    /**
     * Attaches the signed file (replacing any earlier one). The upload is kept only after the right
     * to write the document was checked: a refused request writes no file.
     */
    DocumentData attach(Long id, Supplier<StoredDocument> upload) {
        PolicyDocument d = get(id);
        access.checkWrite(d.getUnitCode());
        StoredDocument file = upload.get();
        if (file != null) {
            d.setFile(file);
            repository.flush();
        }
        return read(id);
    }

    /** The signed file, after the access check of its document. */
    @Transactional(readOnly = true)
    StoredDocument file(Long id) {
        StoredDocument file = get(id).getFile();
        if (file == null || file.path() == null) {
            throw new NotFoundException("File of document " + id);
        }
        return file;
    }

    private void checkWrite(String unitCode) {
        if (unitCode != null && !unitCode.isBlank() && units.exists(unitCode.trim())) {
            access.checkWrite(unitCode.trim());
        } else if (!access.canWriteAnything()) {
            throw new AccessDeniedException("Read only");
        }
    }

    private void apply(PolicyDocument d, DocumentData data) {
        List<FieldProblem> problems = rules.validate(data, d.getId());
        if (data.ref() != null && !data.ref().isBlank()) {
            repository
                    .findByRef(data.ref().trim())
                    .filter(other -> !other.getId().equals(d.getId()))
                    .ifPresent(other -> problems.add(new FieldProblem("ref", "validation.ref.taken")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        d.apply(data);
    }

    // ---- the report

    /**
     * The documents of a scope issued within the dates (those {@code documents.issued} counts), by
     * date of issue and number: the report names them. No access check: the report's own.
     */
    @Transactional(readOnly = true)
    List<DocumentRef> issued(UnitScope scope, java.time.LocalDate from, java.time.LocalDate to) {
        Specification<PolicyDocument> spec = Specification.<PolicyDocument>where(scope.specification(false))
                .and((root, q, cb) -> cb.between(root.get("issuedOn"), from, to));
        return repository.findAll(spec, Sort.by("issuedOn", "number", "id")).stream()
                .map(DocumentRef::of)
                .toList();
    }

    // ---- the dataset section's export (its import is PolicyDocumentImport)

    @Transactional(readOnly = true)
    List<DocumentData> exportAll(UnitScope scope) {
        return repository.findAll(scope.<PolicyDocument>specification(false), Sort.by("ref")).stream()
                .map(d -> DocumentData.of(d, DocumentData.Shape.EXPORT))
                .toList();
    }
}
