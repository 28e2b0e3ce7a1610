package vn.doingoai.consular;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.unit.UnitScope;

/** The four consular sections of the dataset document (80–83), each imported by ref. */
final class ConsularDatasetSections {

    private ConsularDatasetSections() {}

    abstract static class Section<D extends ConsularData> implements DatasetSection<D> {
        private final Book<?, D> book;
        private final String name;
        private final int order;
        private final Class<D> type;

        Section(Book<?, D> book, String name, int order, Class<D> type) {
            this.book = book;
            this.name = name;
            this.order = order;
            this.type = type;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public Class<D> itemType() {
            return type;
        }

        @Override
        public void importItems(List<D> items, ImportContext context) {
            book.importAll(items, context);
        }

        @Override
        public List<D> export(UnitScope scope) {
            return book.exportAll(scope);
        }
    }

    @Component
    static class EntryApprovalSection extends Section<EntryApprovalData> {
        EntryApprovalSection(EntryApprovals book) {
            super(book, "entryApprovals", 80, EntryApprovalData.class);
        }
    }

    @Component
    static class CitizenSupportSection extends Section<CitizenSupportData> {
        CitizenSupportSection(CitizenSupports book) {
            super(book, "citizenSupport", 81, CitizenSupportData.class);
        }
    }

    @Component
    static class PressVisitSection extends Section<PressVisitData> {
        PressVisitSection(PressVisits book) {
            super(book, "pressVisits", 82, PressVisitData.class);
        }
    }

    @Component
    static class ProtectionCaseSection extends Section<ProtectionCaseData> {
        ProtectionCaseSection(ProtectionCases book) {
            super(book, "protectionCases", 83, ProtectionCaseData.class);
        }
    }
}
