package vn.doingoai.direction;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.common.RecordBook;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.document.AttachedFile;
import vn.doingoai.document.DocumentStore;
import vn.doingoai.document.StoredDocument;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.user.Access;

/**
 * The keeping of policy documents with their tasks for this module's pages, API and dataset section,
 * and their signed files. Their rules are {@link DocumentRules}', their tasks' progress {@link
 * Tasks}', what other modules need {@link PolicyDocuments}'.
 */
@Service
@Transactional
class DocumentBook extends RecordBook<PolicyDocument, DocumentData, DocumentFilter> {

    private final DocumentRepository repository;
    private final DocumentRules rules;
    private final AttachedFile<PolicyDocument> file;

    DocumentBook(DocumentRepository repository, DocumentRules rules, Access access, DocumentStore files) {
        super(repository, access, PolicyDocument::new);
        this.file = new AttachedFile<>(
                files, "document", PolicyDocument::getFile, PolicyDocument::setFile, this::checkChange);
        this.repository = repository;
        this.rules = rules;
    }

    @Override
    protected Specification<PolicyDocument> specification(DocumentFilter filter) {
        return listed(filter.unit(), filter.q())
                .and(RecordSpecs.equal("kind", filter.kind()))
                .and(RecordSpecs.between("issuedOn", filter.from(), filter.to()));
    }

    @Override
    protected List<DocumentData> data(List<PolicyDocument> records) {
        return records.stream()
                .map(d -> DocumentData.of(d, DocumentData.Shape.IDENTITY))
                .toList();
    }

    @Override
    protected void write(PolicyDocument document, DocumentData data) {
        List<FieldProblem> problems = rules.validate(data, document.getId());
        checkAll(document, data, problems);
        document.apply(data);
    }

    /** Attaches the signed file (replacing any earlier one), after the right to write the document. */
    DocumentData attach(Long id, MultipartFile upload) {
        return change(id, d -> file.attach(d, upload));
    }

    /** The signed file, after the access check of its document. */
    @Transactional(readOnly = true)
    StoredDocument file(Long id) {
        return file.of(get(id));
    }

    // ---- the dataset section's export (its import is PolicyDocumentImport)

    @Transactional(readOnly = true)
    List<DocumentData> exportAll(UnitScope scope) {
        return repository.findAll(scope.<PolicyDocument>specification(false), Sort.by("ref")).stream()
                .map(d -> DocumentData.of(d, DocumentData.Shape.EXPORT))
                .toList();
    }
}
