package vn.doingoai.aid;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.doingoai.common.RecordSpecs;
import vn.doingoai.money.VietnameseFormat;
import vn.doingoai.search.SearchHit;
import vn.doingoai.search.SearchProvider;
import vn.doingoai.unit.UnitScope;

/** Aid items in the global search. */
@Component
class AidSearch implements SearchProvider {

    private final AidRepository repository;

    AidSearch(AidRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(String foldedQuery, UnitScope scope, int limit) {
        Specification<AidItem> spec =
                Specification.<AidItem>where(scope.specification(false)).and(RecordSpecs.matching(foldedQuery));
        return repository.findAll(spec, PageRequest.of(0, limit, Sort.by("title"))).stream()
                .map(a -> new SearchHit(
                        "nav.aid",
                        a.getTitle(),
                        VietnameseFormat.date(a.getStartDate()) + " – " + VietnameseFormat.date(a.getEndDate()),
                        "/aid/" + a.getId()))
                .toList();
    }
}
