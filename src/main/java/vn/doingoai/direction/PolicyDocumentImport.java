package vn.doingoai.direction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;

/**
 * The {@code documents} section of the dataset document (order 15: after the units and partners,
 * before the agreements, delegations and events that name the documents they carry out), imported
 * by ref with their tasks. A number used twice for one unit in the same section is a problem at the
 * second place.
 */
@Component
class PolicyDocumentImport {

    static final int ORDER = 15;

    private final DocumentRepository repository;
    private final DocumentRules rules;
    private final DocumentBook documents;

    PolicyDocumentImport(DocumentRepository repository, DocumentRules rules, DocumentBook documents) {
        this.repository = repository;
        this.rules = rules;
        this.documents = documents;
    }

    @Bean
    DatasetSection<DocumentData> documentsSection() {
        return DatasetSection.of("documents", ORDER, DocumentData.class, this::importAll, documents::exportAll);
    }

    void importAll(List<DocumentData> items, ImportContext context) {
        Set<String> numbers = new HashSet<>();
        RefImport.run(
                items,
                context,
                repository,
                RefImport.plain(
                        item -> validate(item, numbers),
                        PolicyDocument::new,
                        PolicyDocument::apply,
                        d -> DocumentData.of(d, DocumentData.Shape.EXPORT)));
    }

    /** The document's rules, and its number not given before for its unit in this section ({@code numbers}). */
    private List<FieldProblem> validate(DocumentData item, Set<String> numbers) {
        List<FieldProblem> problems = rules.validate(item, null);
        if (item.unit() != null
                && item.number() != null
                && !item.number().isBlank()
                && !numbers.add(DocumentRules.numberKey(item))) {
            problems.add(new FieldProblem("number", "document.number.taken"));
        }
        return problems;
    }
}
