package vn.doingoai.direction;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
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
        RefImport.run(items, context, repository, new Run());
    }

    /** One import: remembers the numbers of the section, to find one given twice for a unit. */
    private final class Run implements RefImport.Records<DocumentData, PolicyDocument, Void> {

        private final Map<String, Integer> numbers = new HashMap<>();

        @Override
        public Void check(int index, DocumentData item, ImportContext context) {
            context.report(index, rules.validate(item, null));
            if (item.unit() != null && item.number() != null && !item.number().isBlank()) {
                Integer first = numbers.putIfAbsent(DocumentRules.numberKey(item), index);
                if (first != null) {
                    context.problem(index, "number", "document.number.taken");
                }
            }
            return null;
        }

        @Override
        public Function<PolicyDocument, Object> snapshots(Collection<PolicyDocument> existing) {
            return d -> DocumentData.of(d, DocumentData.Shape.EXPORT);
        }

        @Override
        public PolicyDocument create() {
            return new PolicyDocument();
        }

        @Override
        public void write(PolicyDocument record, DocumentData item, Void checked) {
            record.apply(item);
        }

        @Override
        public Object written(PolicyDocument record, Void checked) {
            return DocumentData.of(record, DocumentData.Shape.EXPORT);
        }
    }
}
