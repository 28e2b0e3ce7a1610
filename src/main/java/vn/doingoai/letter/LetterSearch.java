package vn.doingoai.letter;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitNames;
import vn.doingoai.unit.UnitScope;
import vn.doingoai.web.PageFormat;

/** Letters in the global search: by subject and partner names. */
@Component
class LetterSearch implements SearchProvider {

    private final LetterRepository repository;
    private final UnitNames unitNames;
    private final PageFormat format;

    LetterSearch(LetterRepository repository, UnitNames unitNames, PageFormat format) {
        this.repository = repository;
        this.unitNames = unitNames;
        this.format = format;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<Letter> spec =
                Specification.<Letter>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "date"))).stream()
                .map(l -> new SearchHit(
                        "nav.letters",
                        l.getSubject(),
                        unitNames.label(l.getUnitCode()) + " · " + format.date(l.getDate()),
                        "/letters/" + l.getId()))
                .toList();
    }
}
