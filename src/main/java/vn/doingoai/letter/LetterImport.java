package vn.doingoai.letter;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import vn.doingoai.common.FieldProblem;
import vn.doingoai.dataset.DatasetSection;
import vn.doingoai.dataset.ImportContext;
import vn.doingoai.dataset.RefImport;
import vn.doingoai.partner.Partners;

/** The {@code letters} section of the dataset document (order 86, after partners), imported by ref. */
@Component
class LetterImport {

    private final LetterRepository repository;
    private final LetterBook letters;
    private final Letters lookups;
    private final Partners partners;

    LetterImport(LetterRepository repository, LetterBook letters, Letters lookups, Partners partners) {
        this.repository = repository;
        this.letters = letters;
        this.lookups = lookups;
        this.partners = partners;
    }

    @Bean
    DatasetSection<LetterData> lettersSection() {
        return DatasetSection.of("letters", 86, LetterData.class, this::importAll, letters::exportAll);
    }

    void importAll(List<LetterData> items, ImportContext context) {
        RefImport.run(items, context, repository, new Run());
    }

    /** One import: the partners of every item are looked up once, before the writes. */
    private final class Run implements RefImport.Records<LetterData, Letter, List<Long>> {

        private Letters.Refs refs;

        @Override
        public List<Long> check(int index, LetterData item, ImportContext context) {
            List<FieldProblem> problems = letters.validate(item);
            List<Long> partnerIds = letters.partnerIds(item, problems);
            context.report(index, problems);
            return partnerIds;
        }

        @Override
        public Function<Letter, Object> snapshots(Collection<Letter> existing) {
            Letters.Refs before = lookups.refs(existing);
            return l -> before.data(l, LetterData.Shape.EXPORT);
        }

        @Override
        public Letter create() {
            return new Letter();
        }

        @Override
        public void beforeWrite(List<LetterData> items, List<List<Long>> checked) {
            refs = new Letters.Refs(
                    partners.refs(checked.stream().flatMap(List::stream).collect(Collectors.toSet())));
        }

        @Override
        public void write(Letter l, LetterData item, List<Long> partnerIds) {
            l.remember(refs.refs(partnerIds), refs.names(partnerIds));
            l.apply(item, partnerIds);
        }

        @Override
        public Object written(Letter l, List<Long> partnerIds) {
            return refs.data(l, LetterData.Shape.EXPORT);
        }
    }
}
